/**
 * Mutation fuzzing of offline review (issue 12): seeded mutants of a review package go through `packageOpen`, and
 * of a signed score return through `returnImport`, as a member's or the secretariat's files would. Byte flips,
 * truncation, inserted, duplicated and appended bytes, changed header fields; and, so that the checks behind the
 * envelope are what is exercised, packages re-sealed around a mutated session file and returns re-signed with the
 * member's key around a mutated body (missing, unknown and mistyped fields, hostile values, other ids, odd times).
 * Each must end in a result or a coded refusal (never `core.internal`, never a crash or a hang); a refusal leaves
 * the open session exactly as it was (every row of every table, hence scores, conflicts, exchange tables and the
 * audit head) and no file behind; an accepted return leaves a session every read still answers.
 * Seeds are fixed: a failure names the seed and mutation that reproduce it.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isMessageCode } from '../../../common/i18n/messageCode.ts';
import type { Result } from '../../../common/result.ts';
import type { Api } from '../../../main/api.ts';
import { readMemberMode } from '../../../main/db/exchangeRepo.ts';
import { HEADER_LENGTH, openPackage, sealPackage } from '../../../main/exchange/packageCipher.ts';
import { call, demoSession, newApi, PASSPHRASE, tempDir } from '../exchange/fixture.ts';
import { mutants, seeded, type Random } from './mutate.ts';
import { tablesDigest } from './sessionDigest.ts';

const MEMBER = 'rdf';
const HANG_MS = 10_000;
const BYTES = ['bitFlips', 'truncation', 'insertedRange', 'duplicatedRange', 'appendedGarbage'] as const;

let dir: string;
let secretariat: Api;
let opener: Api;
let sentinel: string;
let packageBytes: Buffer;
let plaintext: Buffer;
let returnBytes: Buffer;
let baseBody: Record<string, unknown>;
let privateKey: ReturnType<typeof createPrivateKey>;
let dossiers: string[];
let files = 0;

beforeAll(async () => {
  dir = tempDir();
  const session = await demoSession(dir);
  secretariat = newApi(dir);
  await call(secretariat, 'sessionOpen', { path: session });
  dossiers = (await call<{ id: string }[]>(secretariat, 'dossiersList', {})).map((d) => d.id);
  const pkg = join(dir, 'rdf.package');
  await call(secretariat, 'packageExport', { member: MEMBER, out: pkg, passphrase: PASSPHRASE });
  packageBytes = readFileSync(pkg);
  plaintext = await openPackage(packageBytes, PASSPHRASE, pkg);
  const member = newApi(dir);
  await call(member, 'packageOpen', { file: pkg, out: join(dir, 'rdf.comitia'), passphrase: PASSPHRASE });
  await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[0], criterion: 'pertinence', value: 2, comment: 'solide' });
  await call(member, 'scoreSet', { member: MEMBER, dossier: dossiers[1], criterion: 'pertinence', value: 1 });
  await call(member, 'conflictSet', { member: MEMBER, dossier: dossiers[2], reason: 'élu de la commune', actor: MEMBER, changeReason: null }).catch(() => undefined);
  await call(member, 'returnExport', { out: join(dir, 'rdf.return') });
  returnBytes = readFileSync(join(dir, 'rdf.return'));
  baseBody = JSON.parse((JSON.parse(returnBytes.toString('utf8')) as { body: string }).body) as Record<string, unknown>;
  privateKey = createPrivateKey({ key: Buffer.from(readMemberMode(member.context.session.db())!.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  member.context.session.close();
  // packageOpen makes the file it creates the open session: the one open before is what a refusal must leave alone.
  opener = newApi(dir);
  sentinel = join(dir, 'sentinel.comitia');
  await call(opener, 'sessionCreate', { path: sentinel, demo: false });
}, 120_000);

const withTimeout = <T>(promise: Promise<T>, label: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${label}: no answer within ${HANG_MS} ms`)), HANG_MS).unref()),
  ]);

function expectCoded(result: Result<unknown>, label: string): string {
  if (result.ok) throw new Error(`${label}: accepted`);
  expect(result.error.code, `${label}: ${JSON.stringify(result.error).slice(0, 300)}`).not.toBe('core.internal');
  expect(isMessageCode(result.error.code), `${label}: ${result.error.code}`).toBe(true);
  return result.error.code;
}

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Opens a mutated package; returns 'opened' or the refusal's code, after checking what a refusal leaves. */
async function tryPackage(bytes: Buffer, label: string): Promise<string> {
  files += 1;
  const file = join(dir, `mutant-${files}.package`);
  const out = join(dir, `opened-${files}.comitia`);
  writeFileSync(file, bytes);
  const before = tablesDigest(opener.context.session.db());
  const result = (await withTimeout(opener.invoke('packageOpen', { file, out, passphrase: PASSPHRASE }), label)) as Result<unknown>;
  if (result.ok) {
    // Opened: the member works on it from now on, so it is a sound session file, not merely one that opens.
    expect(opener.context.session.db().pragma('integrity_check', { simple: true }), `${label}: opened a damaged session`).toBe('ok');
    await call(opener, 'sessionOpen', { path: sentinel });
    return 'opened';
  }
  const code = expectCoded(result, label);
  for (const suffix of ['', '-wal', '-shm']) expect(existsSync(`${out}${suffix}`), `${label}: ${out}${suffix} left behind`).toBe(false);
  expect(opener.context.session.path(), `${label}: the open session changed`).toBe(sentinel);
  expect(tablesDigest(opener.context.session.db()), `${label}: the open session was written`).toBe(before);
  return code;
}

/** A header byte (format, kdf, cost, salt, IV, passphrase check) set to another value. */
function headerField(data: Buffer, random: Random): Buffer {
  const out = Buffer.from(data);
  const at = 6 + Math.floor(random() * (HEADER_LENGTH - 6));
  out[at] = (out[at]! + 1 + Math.floor(random() * 255)) % 256;
  return out;
}

describe('mutated review packages (seeded)', () => {
  it('the unmutated package opens (the fuzzing starts from a valid package)', async () => {
    expect(await tryPackage(packageBytes, 'original')).toBe('opened');
  });

  it('100 byte mutants and 40 header-field mutants: coded refusals, nothing written, nothing left', async () => {
    // Among them, a header stating the highest cost each field allows is refused before any derivation.
    const costly = Buffer.from(packageBytes);
    costly.set([20, 16, 4], 8);
    expect(await withTimeout(tryPackage(costly, 'package with a costly header'), 'costly header')).toBe('exchange.package_altered');
    const codes = new Map<string, number>();
    for (const m of mutants(packageBytes, 100, 7_000, BYTES)) tally(codes, await tryPackage(m.data, `package seed ${m.seed} (${m.mutation})`));
    for (let i = 0; i < 40; i += 1) tally(codes, await tryPackage(headerField(packageBytes, seeded(7_500 + i)), `package seed ${7_500 + i} (header field)`));
    // The envelope is authenticated: no mutant of it opens.
    expect(codes.get('opened') ?? 0).toBe(0);
    expect([...codes.keys()].every((c) => c.startsWith('exchange.'))).toBe(true);
  }, 60_000);

  it('40 packages re-sealed around a mutated session file: opened whole or refused with a code, nothing left', async () => {
    const codes = new Map<string, number>();
    for (const m of mutants(plaintext, 40, 7_800, BYTES)) {
      tally(codes, await tryPackage(await sealPackage(m.data, PASSPHRASE, 10), `resealed seed ${m.seed} (${m.mutation})`));
    }
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(40);
  }, 60_000);
});

/** The return file as Comitia writes it around `bodyText`, signed with the member's key. */
function signedReturn(bodyText: string): Buffer {
  const signature = sign(null, Buffer.from(bodyText, 'utf8'), privateKey).toString('hex');
  return Buffer.from(`${JSON.stringify({ format: 'comitia-return', version: 1, body: bodyText, signature })}\n`, 'utf8');
}

const HOSTILE: unknown[] = [null, true, -1, 0, 1.5, 1e308, -9e-10, 5e-324, 3.0000000009, 99, '', '2', 'x'.repeat(300), [], {}, [[[[[[]]]]]], { __proto__: { polluted: 1 } }];
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const uuid = (random: Random) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(random() * 16).toString(16));

/** A structural change of the return's body (re-signed afterwards, so the signature holds). */
const BODY_MUTATIONS: Record<string, (body: Record<string, unknown>, random: Random) => void> = {
  dropKey: (b, r) => delete b[pick(r, Object.keys(b))],
  unknownKey: (b, r) => (b[pick(r, ['extra', '__proto__', 'constructor', 'scores ', 'Scores'])] = pick(r, HOSTILE)),
  hostileValue: (b, r) => (b[pick(r, Object.keys(b))] = pick(r, HOSTILE)),
  scoreField: (b, r) => {
    const scores = b.scores as Record<string, unknown>[];
    const s = scores[Math.floor(r() * scores.length)] ?? (scores[0] = {});
    const field = pick(r, ['dossier', 'criterion', 'value', 'comment', 'at', 'member']);
    s[field] = pick(r, [...HOSTILE, 'inconnu', dossiers[5], 'pertinence', '9999-99-99T99:99:99Z', '2026-02-30T25:61:00Z']);
  },
  duplicatedScore: (b, r) => {
    const scores = b.scores as Record<string, unknown>[];
    const copy = { ...scores[0], value: pick(r, [0, 1, 3, 2.5]) };
    scores.splice(Math.floor(r() * (scores.length + 1)), 0, copy);
  },
  declaration: (b, r) =>
    (b.declarations as unknown[]).push({ dossier: pick(r, [dossiers[3], dossiers[0], 'inconnu', '']), reason: pick(r, ['lien', '', 'x'.repeat(25_000)]), at: pick(r, [b.createdAt, '2020-01-01T00:00:00Z', 'hier']) }),
  sequence: (b, r) => (b.sequence = pick(r, [0, -1, 1.5, 2 ** 53, 1e300, '3', null])),
  otherIds: (b, r) => (b[pick(r, ['sessionUuid', 'packageId', 'returnId'])] = pick(r, [uuid(r), 'pas-un-uuid', ''])),
  otherMember: (b, r) => (b.member = pick(r, ['mdu', 'secretariat', '', 'rdf '])),
  auditHead: (b, r) => (b.auditHead = pick(r, [null, { seq: 0, hash: 'a'.repeat(64) }, { seq: 1, hash: 'zz' }, { seq: 1e9, hash: 'f'.repeat(64) }])),
  deepNesting: (b) => {
    let nested: unknown[] = [];
    for (let i = 0; i < 2_000; i += 1) nested = [nested];
    b.scores = nested;
  },
  createdAt: (b, r) => (b.createdAt = pick(r, ['9999-99-99T99:99:99Z', '1970-01-01T00:00:00Z', '2999-01-01T00:00:00Z', 'maintenant'])),
  impossibleTime: (b, r) => {
    const time = pick(r, ['9999-99-99T99:99:99Z', '2026-02-30T12:00:00Z', '2026-12-01T24:00:00Z', '2026-13-01T00:00:00.5Z']);
    for (const s of b.scores as Record<string, unknown>[]) s.at = time;
  },
};

/** Imports a mutated return; returns the status or the refusal's code, after checking what it left. */
async function tryReturn(bytes: Buffer, label: string, digest: { value: string }): Promise<string> {
  files += 1;
  const file = join(dir, `mutant-${files}.return`);
  writeFileSync(file, bytes);
  const result = (await withTimeout(secretariat.invoke('returnImport', { file, actor: null }), label)) as Result<{ status: string }>;
  if (result.ok) {
    const db = secretariat.context.session.db();
    digest.value = tablesDigest(db);
    // Times the session keeps from a return are real instants (a score's time decides later conflicts).
    const times = db.prepare('SELECT updated_at FROM scores UNION SELECT declared_at FROM conflicts UNION SELECT created_at FROM imported_returns');
    for (const t of times.pluck().all() as string[]) {
      expect(new Date(t).toISOString().slice(0, 19), `${label}: stored time ${t}`).toBe(t.slice(0, 19));
    }
    // What was accepted is something every reader of the session still copes with.
    for (const [method, arg] of [['scoringSheet', { member: MEMBER, viewer: null }], ['ranking', { viewer: null }], ['returnConflictsList', {}], ['auditVerify', {}]] as const) {
      const read = await secretariat.invoke(method, arg);
      expect(read.ok, `${label}: ${method} after the import: ${JSON.stringify(read).slice(0, 300)}`).toBe(true);
    }
    return result.value.status;
  }
  const code = expectCoded(result, label);
  expect(tablesDigest(secretariat.context.session.db()), `${label}: the session changed after a refused return`).toBe(digest.value);
  return code;
}

describe('mutated score returns (seeded)', () => {
  it('120 byte mutants of a signed return: refused with a code, the session untouched', async () => {
    const digest = { value: tablesDigest(secretariat.context.session.db()) };
    const codes = new Map<string, number>();
    for (const m of mutants(returnBytes, 120, 8_000, BYTES)) tally(codes, await tryReturn(m.data, `return seed ${m.seed} (${m.mutation})`, digest));
    // A byte changed anywhere is refused: the format is exact, the body signed.
    expect(codes.has('applied')).toBe(false);
  }, 60_000);

  it('envelope changes (format, version, signature, spacing, key order, extra keys): refused', async () => {
    const digest = { value: tablesDigest(secretariat.context.session.db()) };
    const envelope = JSON.parse(returnBytes.toString('utf8')) as Record<string, unknown>;
    const variants: Record<string, unknown>[] = [
      { ...envelope, format: 'comitia-package' },
      { ...envelope, version: 2 },
      { ...envelope, version: '1' },
      { ...envelope, signature: '0'.repeat(128) },
      { ...envelope, signature: (envelope.signature as string).toUpperCase() },
      { signature: envelope.signature, body: envelope.body, version: 1, format: 'comitia-return' },
      { ...envelope, extra: 1 },
    ];
    const texts = [...variants.map((v) => `${JSON.stringify(v)}\n`), `${JSON.stringify(envelope, null, 1)}\n`, JSON.stringify(envelope), `\ufeff${JSON.stringify(envelope)}\n`];
    for (const [i, text] of texts.entries()) expect(await tryReturn(Buffer.from(text, 'utf8'), `envelope variant ${i}`, digest)).toMatch(/^exchange\./);
  });

  it('200 returns re-signed around a mutated body: a report or a coded refusal, never a half import', async () => {
    const digest = { value: tablesDigest(secretariat.context.session.db()) };
    const outcomes = new Map<string, number>();
    const names = Object.keys(BODY_MUTATIONS);
    for (let i = 0; i < 200; i += 1) {
      const seed = 9_000 + i;
      const random = seeded(seed);
      // Each mutant a new return (its own id, a later sequence), so that what is checked is its content, not a replay.
      const body = structuredClone(baseBody);
      body.returnId = uuid(random);
      body.sequence = (baseBody.sequence as number) + i + 1;
      const name = names[i % names.length]!;
      BODY_MUTATIONS[name]!(body, random);
      tally(outcomes, await tryReturn(signedReturn(JSON.stringify(body)), `body seed ${seed} (${name})`, digest));
    }
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(200);
    // Some mutants are still sound returns (an unknown dossier is ignored, a value near a level snapped): applied.
    expect(outcomes.get('applied') ?? 0).toBeGreaterThan(0);
  }, 60_000);
});
