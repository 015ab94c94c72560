/**
 * The preload of the main window. It runs sandboxed (built as CommonJS: a sandboxed preload cannot be an ES module)
 * with context isolation, and exposes exactly one thing to the page: `window.comitia`, a ComitiaBridge.
 * https://www.electronjs.org/docs/latest/tutorial/context-isolation
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ComitiaBridge } from '../common/api/bridge.ts';
import { buildBridge } from './bridge.ts';

const bridge = buildBridge(ipcRenderer) satisfies ComitiaBridge;

contextBridge.exposeInMainWorld('comitia', bridge);
