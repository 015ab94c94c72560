#!/usr/bin/env node
// Stops `npm test` / `npm start` at once, saying what to install, when a prerequisite is missing: nothing is skipped
// silently. Plain JavaScript that old Node versions can parse, so that it can say "Node 24 is needed" to them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mode = process.argv[2] ?? 'test';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const missing = [];
/** Command-line tools the test suite runs, with the Debian package that brings each. */
const REQUIRED_TOOLS = [];

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) missing.push(`Node.js 24 or later (this is ${process.version}): install Node 24 LTS from nodejs.org or your package manager.`);

function has(command, args = ['-v']) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch (error) {
    return error.code !== 'ENOENT';
  }
}

/** The browser the end-to-end tests drive: COMITIA_CHROMIUM, Debian's chromium, or Playwright's own download. */
export function chromiumPath() {
  if (process.env.COMITIA_CHROMIUM) return existsSync(process.env.COMITIA_CHROMIUM) ? process.env.COMITIA_CHROMIUM : null;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    const require = createRequire(join(root, 'package.json'));
    const { chromium } = require('playwright-core');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

if (mode === 'test') {
  if (!chromiumPath()) {
    missing.push(
      'Chromium for the end-to-end tests: `sudo apt-get install chromium` (Debian/Ubuntu), or `npx playwright install chromium` where downloads are allowed, or set COMITIA_CHROMIUM to a Chromium binary.',
    );
  }
  // The minutes capability adds its PDF checkers here (pdfsig, pdftotext from poppler-utils; qpdf).
  for (const [tool, pkg] of REQUIRED_TOOLS) {
    if (!has(tool, ['-v'])) missing.push(`${tool}: install the package ${pkg}.`);
  }
  if (!existsSync(join(root, 'node_modules'))) missing.push('the dependencies: run `npm ci` first.');
}

if (mode === 'electron') {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  const binary = existsSync(pathFile) ? join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (!binary || !existsSync(binary)) {
    missing.push('the Electron binary: run `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD (or `node node_modules/electron/install.js`). Without it, `npm run web` shows the same interface in a browser.');
  }
}

if (missing.length) {
  console.error(`Comitia: cannot run "${mode}", missing:\n` + missing.map((m) => `  - ${m}`).join('\n'));
  process.exit(1);
}
