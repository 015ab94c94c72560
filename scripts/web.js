#!/usr/bin/env node
// `npm run web`: builds the renderer, then starts the web shell with the given arguments (`--help` lists them, and
// needs no build).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const helpOnly = args.includes('--help') || args.includes('-h');
if (!helpOnly) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const web = spawnSync(process.execPath, [join(root, 'main', 'web', 'index.ts'), ...args], { cwd: root, stdio: 'inherit' });
process.exit(web.status ?? 0);
