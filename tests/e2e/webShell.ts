/**
 * Test fixture: a real web shell (node main/web/index.ts) on a fresh session file in a temporary folder, started for
 * one test and stopped after it. The page opens the URL the shell prints, token included.
 */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WebShell {
  url: string;
  sessionPath: string;
  dir: string;
}

export interface WebShellOptions {
  sessionName?: string;
  /** Start on a new empty session instead of the demo. */
  empty?: boolean;
  /** Open this existing session file (another shell's, say) instead of a new one; it is not removed at the end. */
  existing?: string;
  /** Open the session read-only (`--read-only`). */
  readOnly?: boolean;
}

export async function startWebShell(options: WebShellOptions | string = {}): Promise<{ shell: WebShell; stop: () => Promise<void> }> {
  const { sessionName = 'e2e.comitia', empty = false, existing, readOnly = false } = typeof options === 'string' ? { sessionName: options } : options;
  const dir = mkdtempSync(join(tmpdir(), 'comitia-e2e-'));
  const sessionPath = existing ?? join(dir, sessionName);
  const child: ChildProcess = spawn(
    process.execPath,
    ['main/web/index.ts', '--session', sessionPath, '--data-dir', join(dir, 'settings'), ...(empty ? ['--empty'] : []), ...(readOnly ? ['--read-only'] : [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web shell did not start:\n${output}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Comitia \(web\) : (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web shell exited (${code}):\n${output}`)));
  });
  return {
    shell: { url, sessionPath, dir },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ shell: WebShell; emptySession: boolean }>({
  // `test.use({ emptySession: true })` starts the shell on an empty session instead of the demo.
  emptySession: [false, { option: true }],
  shell: async ({ emptySession }, use) => {
    const { shell, stop } = await startWebShell({ empty: emptySession });
    await use(shell);
    await stop();
  },
});

export { expect } from '@playwright/test';
