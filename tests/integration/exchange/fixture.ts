/** A demo session ready for the offline-review tests, and small helpers around its files. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid, Member } from '../../../common/domain/types.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { openSessionDb } from '../../../main/db/connection.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { cli, cliWith } from '../../fixtures/cli.ts';

export { cli, cliWith };

/** Packages are sealed at a test cost (N = 2^10); the product's is 2^17 (main/exchange/packageCipher.ts). */
process.env.COMITIA_SCRYPT_LOG2 = '10';

export const PASSPHRASE = 'abeille acajou adroit agile brioche cactus';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'comitia-exchange-'));
}

/** A fresh api on its own CurrentSession (what one window or one CLI run has). */
export function newApi(dir: string): Api {
  return createApi({ session: new CurrentSession(), settings: new SettingsStore(join(dir, `settings-${randomBytes(4).toString('hex')}`)) });
}

export async function call<T>(api: Api, method: string, arg: unknown): Promise<T> {
  const r = await api.invoke(method, arg);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

export async function refusal(api: Api, method: string, arg: unknown): Promise<string> {
  const r = await api.invoke(method, arg);
  if (r.ok) throw new Error(`${method} was accepted`);
  return r.error.code;
}

/** The demo session (60 dossiers) with its 8 members all scoring (the demo's observer becomes a member). */
export async function demoSession(dir: string, name = 's.comitia'): Promise<string> {
  const path = join(dir, name);
  if ((await cli('demo', path)).code !== 0) throw new Error('demo failed');
  const api = newApi(dir);
  await call(api, 'sessionOpen', { path });
  const members = await call<Member[]>(api, 'membersList', {});
  await call(api, 'membersSet', { members: members.map((m) => ({ ...m, role: m.role === 'observer' ? 'member' : m.role })) });
  api.context.session.close();
  return path;
}

/** Adds an attachment with random bytes to a dossier (the demo's dossiers carry none), returned for the byte check. */
export async function attachRandomFile(session: string, dossier: string): Promise<Buffer> {
  const bytes = randomBytes(3000);
  const sha = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
  const db = await openSessionDb(session);
  try {
    db.prepare('INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)').run(sha, bytes.length, bytes);
    db.prepare(
      `INSERT INTO attachments (dossier_id, path, file_name, category, media_type, size, sha256, added_at)
       VALUES (?, 'export/pj.bin', 'pj.bin', 'autre', 'application/octet-stream', ?, ?, ?)`,
    ).run(dossier, bytes.length, sha, new Date().toISOString());
  } finally {
    db.close();
  }
  return bytes;
}

/** A scores CSV for one member: every dossier given × every criterion, values spread over each scale. */
export function scoresCsv(dir: string, member: string, dossiers: readonly string[], grid: Grid, shift = 0): { path: string; count: number } {
  const lines = ['member,dossier,criterion,score'];
  dossiers.forEach((d, i) =>
    grid.criteria.forEach((c, j) => {
      const scale = c.scale ?? grid.scale;
      const steps = Math.round((scale.max - scale.min) / scale.step) + 1;
      lines.push(`${member},${d},${c.id},${scale.min + ((i + j + shift + member.length) % steps) * scale.step}`);
    }),
  );
  const path = join(dir, `${member}-${randomBytes(3).toString('hex')}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, count: lines.length - 1 };
}

export function flipByte(path: string, at: number, out: string): void {
  const bytes = readFileSync(path);
  bytes[at] = bytes[at]! ^ 0x01;
  writeFileSync(out, bytes);
}
