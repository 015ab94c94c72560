/**
 * Mutation fuzzing of imports (issue 12): seeded mutants of the import fixtures (CSV, XLSX, ODS, the attachments
 * ZIP) go through `importRun` as a user's files would. Each must end in a report or a coded refusal (never
 * `core.internal`, never a crash or a hang), and a refused import must leave every table of the session exactly as
 * it was. Seeds are fixed: a failure names the seed and mutation that reproduce it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMessageCode } from '../../../common/i18n/messageCode.ts';
import type { Result } from '../../../common/result.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { dsCsv, sampleDossiers, tempDir, writeDsXlsx } from '../../fixtures/import/dsExport.ts';
import { newSession } from '../../fixtures/import/session.ts';
import { tinyPdf } from '../../fixtures/import/tinyPdf.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';
import { mutants } from './mutate.ts';
import { tablesDigest } from './sessionDigest.ts';
import { readFileSync } from 'node:fs';

/** Longest an import of a small mutated file may take before it counts as a hang. */
const HANG_MS = 10_000;

let dir: string;
let session: CurrentSession;
let api: Api;
const base: Record<'csv' | 'xlsx' | 'ods' | 'zip', Buffer> = {} as never;
let cleanCsv: string;

beforeAll(async () => {
  dir = tempDir('comitia-fuzz-');
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  await session.open(await newSession(dir));
  base.xlsx = readFileSync(await writeDsXlsx(dir, 'base.xlsx', { layout: '2024' }));
  base.ods = XLSX.write(XLSX.read(base.xlsx, { type: 'buffer' }), { bookType: 'ods', type: 'buffer' }) as Buffer;
  base.csv = dsCsv('2024', sampleDossiers(), { delimiter: ';' });
  base.zip = buildZip([
    { name: 'export/dossier-10001/export-10001-01-04-2022-10-00-1.pdf', data: tinyPdf('Dossier complet fictif') },
    { name: 'export/dossier-10001/pieces_justificatives/budget.pdf', data: tinyPdf('Budget') },
    { name: 'export/dossier-10002/pieces_justificatives/note.txt', data: 'Note de présentation' },
  ]);
  cleanCsv = join(dir, 'clean.csv');
  writeFileSync(cleanCsv, base.csv);
});
afterAll(() => session.close());

const withTimeout = <T>(promise: Promise<T>, label: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${label}: no answer within ${HANG_MS} ms`)), HANG_MS).unref()),
  ]);

interface Outcome {
  reports: number;
  refusals: Map<string, number>;
}

async function fuzz(kind: 'csv' | 'xlsx' | 'ods' | 'zip', count: number, seed: number, names: readonly string[]): Promise<Outcome> {
  const outcome: Outcome = { reports: 0, refusals: new Map() };
  let digest = tablesDigest(session.db());
  for (const m of mutants(base[kind], count, seed, names)) {
    const label = `${kind} seed ${m.seed} (${m.mutation})`;
    const file = join(dir, `mutant.${kind}`);
    writeFileSync(file, m.data);
    const arg = kind === 'zip' ? { source: cleanCsv, attachments: file } : { source: file };
    const result = (await withTimeout(api.invoke('importRun', arg), label)) as Result<unknown>;
    if (result.ok) {
      outcome.reports += 1;
      digest = tablesDigest(session.db());
      continue;
    }
    expect(result.error.code, `${label}: ${JSON.stringify(result.error).slice(0, 300)}`).not.toBe('core.internal');
    expect(isMessageCode(result.error.code), `${label}: ${result.error.code}`).toBe(true);
    expect(tablesDigest(session.db()), `${label}: the session changed after a refused import`).toBe(digest);
    outcome.refusals.set(result.error.code, (outcome.refusals.get(result.error.code) ?? 0) + 1);
  }
  return outcome;
}

const TEXT = ['bitFlips', 'truncation', 'insertedRange', 'duplicatedRange', 'strayQuotesAndNuls'] as const;
const ARCHIVE = ['bitFlips', 'truncation', 'insertedRange', 'duplicatedRange', 'corruptedEntry', 'corruptedEntry'] as const;

describe('mutated import files (seeded)', () => {
  it('150 CSV mutants: reports or coded refusals, the session untouched by every refusal', async () => {
    const o = await fuzz('csv', 150, 1_000, TEXT);
    expect(o.reports + [...o.refusals.values()].reduce((a, b) => a + b, 0)).toBe(150);
  }, 60_000);

  it('150 XLSX mutants, a third with a corrupted entry inside the ZIP', async () => {
    const o = await fuzz('xlsx', 150, 2_000, ARCHIVE);
    // Most mutants of a ZIP break it: the refusals must be the import's own codes.
    expect([...o.refusals.keys()].every((c) => c.startsWith('import.'))).toBe(true);
  }, 60_000);

  it('100 ODS mutants', async () => {
    const o = await fuzz('ods', 100, 3_000, ARCHIVE);
    expect([...o.refusals.keys()].every((c) => c.startsWith('import.'))).toBe(true);
  }, 60_000);

  it('120 attachments ZIP mutants beside a sound CSV', async () => {
    const o = await fuzz('zip', 120, 4_000, ARCHIVE);
    expect(o.reports + [...o.refusals.values()].reduce((a, b) => a + b, 0)).toBe(120);
  }, 60_000);
});
