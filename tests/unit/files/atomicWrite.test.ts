/** A kill during the write of a user's file leaves a whole file (the previous or the new one), never a truncated one. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stageFile, writeFileAtomic } from '../../../main/files/atomicWrite.ts';

const writer = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/atomic/slowWriter.ts');
const SIZE = 8 * 1024 * 1024;

function killDuringWrites(path: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writer, path, String(SIZE)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', () => resolve());
  });
}

describe('writeFileAtomic', () => {
  it('replaces a file whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-atomic-'));
    const path = join(dir, 'pv.pdf');
    writeFileSync(path, 'ancien');
    writeFileAtomic(path, 'nouveau');
    expect(readFileSync(path, 'utf8')).toBe('nouveau');
    expect(readdirSync(dir)).toEqual(['pv.pdf']);
  });

  it('leaves the previous file whole, or a whole new one, when killed mid-write, however often', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-atomic-kill-'));
    const path = join(dir, 'export.xlsx');
    writeFileSync(path, Buffer.alloc(SIZE, 'z'));
    for (const delay of [5, 20, 45, 80, 120]) {
      await killDuringWrites(path, delay);
      expect(existsSync(path)).toBe(true);
      const bytes = readFileSync(path);
      expect(bytes.length).toBe(SIZE);
      // One letter throughout: never a mix of two writes.
      expect(bytes.every((b) => b === bytes[0])).toBe(true);
    }
  }, 60_000);

  it('sweeps the temporary files that killed writers left beside the file, never one a live process is writing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-atomic-sweep-'));
    const path = join(dir, 'review.package');
    for (const delay of [5, 20, 45]) await killDuringWrites(path, delay);
    // A temporary file of a process that is still running (this one's parent), and another file's temporary file.
    const live = `.review.package.${process.ppid}-0123456789ab.tmp`;
    const other = `.other.pdf.999999999-0123456789ab.tmp`;
    writeFileSync(join(dir, live), 'x');
    writeFileSync(join(dir, other), 'x');
    writeFileAtomic(path, 'paquet');
    expect(readdirSync(dir).sort()).toEqual([live, other, 'review.package'].sort());
  }, 30_000);

  it('stages a file that appears under its name only at commit (a package, once the session recorded it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-atomic-stage-'));
    const path = join(dir, 'review.package');
    const staged = stageFile(path, 'paquet');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    staged.commit();
    expect(readFileSync(path, 'utf8')).toBe('paquet');
    stageFile(path, 'autre').abort();
    expect(readdirSync(dir)).toEqual(['review.package']);
    expect(readFileSync(path, 'utf8')).toBe('paquet');
  });

  it('leaves nothing behind when the folder refuses the write', () => {
    expect(() => writeFileAtomic(join(tmpdir(), 'no-such-folder-comitia', 'x.pdf'), 'x')).toThrow();
  });
});
