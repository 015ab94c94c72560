/**
 * Hostile input through the one entrance: random and adversarial arguments to every method (wrong types, huge
 * strings, prototype-pollution keys, NaN and Infinity, deep nesting) always yield a Result — an error or a value —
 * never an exception, never a crash, and a refused call writes nothing.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../common/api/contract.ts';
import { createApi, type Api } from '../../main/api.ts';
import { changeStamp } from '../../main/db/connection.ts';
import { CurrentSession } from '../../main/session/currentSession.ts';
import { SettingsStore } from '../../main/settings/userSettings.ts';

let api: Api;
let session: CurrentSession;

/** Methods that take a file path or replace the open session: their paths are tested where paths are handled. */
const PATH_METHODS = new Set<MethodName>(['sessionOpen', 'sessionCreate', 'importPreview', 'importRun']);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'comitia-hostile-args-'));
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  const created = await api.invoke('sessionCreate', { path: join(dir, 'hostile.comitia'), demo: true });
  expect(created.ok).toBe(true);
});
afterAll(() => session.close());

/** A digest of every row of every table: equal before and after means nothing was written. */
function contentDigest(): string {
  const db = session.db();
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    hash.update(t);
    for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all()) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

/**
 * Whether the file may have changed: SQLite's own counters (rows written through this connection, commits by others)
 * and the schema's version. While they stand still nothing was written, and the digest need not be recomputed: the
 * digest is taken only when they moved, so that 8,000 calls cost seconds, not minutes.
 */
const stamp = () => `${changeStamp(session.db())}:${session.db().pragma('schema_version', { simple: true }) as number}`;
let known: { stamp: string; digest: string } | null = null;
function knownState(): { stamp: string; digest: string } {
  known ??= { stamp: stamp(), digest: contentDigest() };
  return known;
}
/** After a call: whether the content is what it was before; the known state follows the file either way. */
function contentUnchanged(): boolean {
  const before = knownState();
  const now = stamp();
  if (now === before.stamp) return true;
  const digest = contentDigest();
  known = { stamp: now, digest };
  return digest === before.digest;
}

const pollutionKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
const nasty = fc.oneof(
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 5e-324, Number.MAX_VALUE, null, true, '', ' '),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('x'.repeat(100_000), 'é\u0000\u202e<script>'),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, nasty, fc.array(tie('value'), { maxLength: 3 }), tie('object')),
  object: fc.dictionary(fc.oneof(pollutionKeys, fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 4 }),
})).value;
/** Mostly objects with the method's own field names, so the argument gets past the first checks sometimes. */
const fieldNames = fc.constantFrom('id', 'member', 'dossier', 'criterion', 'value', 'viewer', 'actor', 'comment', 'grid', 'confirm', 'members', 'entries', 'reason', 'dossiers', 'weights', 'excludeMembers', 'headers', 'name', 'mapping', 'language', 'rankBy', 'blind', 'enteredBy', 'passed', 'check');
const hostileArgument = fc.oneof(hostileValue, fc.dictionary(fc.oneof(fieldNames, pollutionKeys), hostileValue, { maxKeys: 5 }));

describe('every method under hostile arguments', () => {
  const methods = methodNames.filter((m) => !PATH_METHODS.has(m));

  it.each(methods)('%s answers a Result and writes nothing when it refuses', async (name) => {
    await fc.assert(
      fc.asyncProperty(hostileArgument, async (arg) => {
        knownState();
        const result = await api.invoke(name, arg);
        expect(typeof result.ok).toBe('boolean');
        const unchanged = contentUnchanged();
        if (!result.ok) {
          expect(typeof result.error.code).toBe('string');
          expect(result.error.code).not.toBe('core.internal');
          expect(JSON.stringify(result.error).length).toBeLessThan(20_000);
          expect(unchanged).toBe(true);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 40, seed: 424242 },
    );
  });
});
