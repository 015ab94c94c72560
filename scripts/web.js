#!/usr/bin/env node
// `npm run web`: builds the renderer, then starts the web shell with the given arguments (--session FILE, --port N).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const web = spawnSync(process.execPath, [join(root, 'main', 'web', 'index.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(web.status ?? 0);
