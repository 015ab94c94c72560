/**
 * `comitia backup list|create|restore` and `comitia audit verify --minutes`: the backups and the minutes' anchor of
 * the audit chain, from the command line (through the api, like every command).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './../fixtures/cli.ts';
import { scoredDemoSession } from './minutes/sessionFixture.ts';

describe('comitia backup', () => {
  it('takes, lists and restores a copy; a restore can be undone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-backup-cli-'));
    const path = join(dir, 's.comitia');
    expect((await cli('demo', path)).code).toBe(0);
    const taken = JSON.parse((await cli('backup', 'create', path, '--json')).out) as { fileName: string; reason: string };
    expect(taken.reason).toBe('manual');
    const count = () => {
      const db = new Database(path, { readonly: true });
      try {
        return db.prepare('SELECT count(*) FROM members').pluck().get() as number;
      } finally {
        db.close();
      }
    };
    const before = count();
    const raw = new Database(path);
    raw.prepare("INSERT INTO members (id, name, institution, role, position) VALUES ('zz', 'Zoé Zeller', 'ANCT', 'member', 99)").run();
    raw.close();
    expect(count()).toBe(before + 1);
    expect((await cli('backup', 'restore', path, taken.fileName)).code).toBe(0);
    expect(count()).toBe(before);
    const list = JSON.parse((await cli('backup', 'list', path, '--json')).out) as { fileName: string; reason: string }[];
    expect(list.map((c) => c.reason)).toContain('restore');
    const text = await cli('backup', 'list', path);
    expect(text.out).toContain(taken.fileName);
    const refused = await cli('backup', 'restore', path, '../s.comitia');
    expect(refused.code).toBe(1);
  }, 60_000);
});

describe('comitia audit verify --minutes', () => {
  it('says the chain still reaches the minutes, and no longer once it was rewritten after they were made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-audit-minutes-'));
    const { path } = await scoredDemoSession(join(dir, 'pv.comitia'));
    const pdf = join(dir, 'pv.pdf');
    expect((await cli('minutes', path, '--out', pdf)).code).toBe(0);
    const ok = await cli('audit', 'verify', path, '--minutes', pdf, '--json');
    expect(ok.code).toBe(0);
    const verdict = JSON.parse(ok.out) as { intact: boolean; minutes: { head: string; reached: boolean } };
    expect(verdict.intact).toBe(true);
    expect(verdict.minutes.reached).toBe(true);
    expect(verdict.minutes.head).toMatch(/^[0-9a-f]{64}$/);
    // Someone rewrites the whole chain after the minutes were made (every hash recomputed): it verifies on its own,
    // but no longer holds the row the minutes printed.
    const raw = new Database(path);
    const rows = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as { seq: number; at: string; actor: string | null; action: string; payload: string }[];
    let prev = '0'.repeat(64);
    for (const r of rows) {
      const at = r.seq === 1 ? '2000-01-01T00:00:00.000Z' : r.at;
      const hash = createHash('sha256').update(JSON.stringify([r.seq, at, r.actor, r.action, r.payload, prev])).digest('hex');
      raw.prepare('UPDATE audit_log SET at = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(at, prev, hash, r.seq);
      prev = hash;
    }
    raw.close();
    const after = await cli('audit', 'verify', path, '--minutes', pdf, '--json');
    const broken = JSON.parse(after.out) as { intact: boolean; minutes: { reached: boolean } };
    expect(broken.intact).toBe(true);
    expect(broken.minutes.reached).toBe(false);
    expect(after.code).toBe(1);
  }, 60_000);
});
