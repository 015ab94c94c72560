import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

let dir: string;
// The machine's locale must not decide the language of the messages these tests read.
const frenchEnv = { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: '' };
const comitia = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/comitia.js', ...args], { encoding: 'utf8', env: frenchEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-cli-'));
});

describe('comitia (the command line)', () => {
  it('creates the demo session and reports it as JSON', () => {
    const path = join(dir, 'd.comitia');
    expect(comitia('demo', path).code).toBe(0);
    const info = comitia('info', path, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ dossiers: 60, members: 8, criteria: 6 });
    expect(parsed.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('creates an empty session', () => {
    const path = join(dir, 'empty.comitia');
    expect(comitia('new', path).code).toBe(0);
    expect(JSON.parse(comitia('info', path, '--json').stdout)).toMatchObject({ dossiers: 0, members: 0, criteria: 0 });
  });

  it('exits 1 with one line on stderr for a user error', () => {
    const missing = comitia('info', join(dir, 'absent.comitia'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain("n'existe pas");
    expect(JSON.parse(missing.stdout)).toHaveProperty('error');
    const twice = comitia('new', join(dir, 'empty.comitia'));
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('existe déjà');
    const notSqlite = join(dir, 'notes.comitia');
    writeFileSync(notSqlite, 'x'.repeat(2000));
    expect(comitia('info', notSqlite).code).toBe(1);
  });

  it('exits 2 on a usage error', () => {
    expect(comitia().code).toBe(2);
    expect(comitia('frobnicate').code).toBe(2);
    expect(comitia('info').code).toBe(2);
    const typo = comitia('info', join(dir, 'd.comitia'), '--jsno');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--jsno');
  });
});
