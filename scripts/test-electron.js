#!/usr/bin/env node
// Runs the Electron spec (tests/electron): under xvfb-run when Linux has no display and xvfb-run exists. Without the
// Electron binary the spec reports itself skipped, with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const playwright = ['node_modules/@playwright/test/cli.js', 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run');
const [command, args] = needsDisplay ? ['xvfb-run', ['-a', process.execPath, ...playwright]] : [process.execPath, playwright];
const run = spawnSync(command, args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
