/**
 * Builds the desktop application into out/: main (the Electron main process), preload, renderer.
 * https://electron-vite.org/config/ — versions and pitfalls in ../shared/design/toolchain.md.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies stay in node_modules and are loaded at run time: better-sqlite3 above all, whose prebuilt
      // Node-API binary electron-builder unpacks from the asar. The project is "type": "module", so the bundle is
      // ES (out/main/index.js), which Electron 45 loads as its main process.
      externalizeDeps: true,
      lib: { entry: resolve(root, 'main/shell/index.ts'), formats: ['es'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload has no module loader beyond a small `require` polyfill (electron, events, timers, url):
      // it must be a single CommonJS file with zod (used by common/api/contract.ts) bundled in.
      // https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts
      externalizeDeps: false,
      lib: { entry: resolve(root, 'preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: {
        // `.cjs`, because in a "type": "module" package a `.js` file is read as ESM (this matters the day the
        // preload runs unsandboxed, e.g. under a test harness); main/shell/index.ts loads out/preload/index.cjs.
        output: { entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the first screen parses every byte it is sent.
      minify: true,
      rolldownOptions: {
        input: resolve(root, 'renderer/index.html'),
        // Named chunks for the libraries, so that the bundle's figures say what weighs (AG Grid is shared by the
        // Dossiers list and the sheet; AG Charts stays with the lazily loaded charts).
        output: {
          advancedChunks: {
            groups: [
              { name: 'ag-grid', test: /node_modules[\\/]ag-grid-/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            ],
          },
        },
      },
    },
  },
});
