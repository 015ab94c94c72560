/** A small real session file for the scoring tests, driven through the CLI's runCli with a capturing io. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier } from '../../../common/domain/types.ts';
import { openSessionDb, type Db } from '../../../main/db/connection.ts';
import { upsertDossier } from '../../../main/db/dossierRepo.ts';
import { cli } from '../../fixtures/cli.ts';

export { cli, type CliRun } from '../../fixtures/cli.ts';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'comitia-scoring-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

export function writeText(dir: string, name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function dossier(id: string, depositedAt: string | null = null): Omit<Dossier, 'attachments'> {
  return {
    id, name: `Commune ${id}`, echelon: 'commune', insee: null, siren: null, departement: null, region: null,
    outreMer: false, population: null, referent: null, email: null, profile: 1, firstTimeInternational: true,
    firstTimeVolunteering: true, countries: ['SEN'], priorityCountry: true, partnerAuthority: null, schemes: ['SCI'],
    missionsSending: 1, missionsHosting: 0, missionsSci: 1, missionsVsi: 0, narrative: null, state: 'en_instruction',
    depositedAt, extraFields: {}, warnings: [],
  };
}

export const GRID = {
  scale: { min: 0, max: 3, step: 1 },
  criteria: [
    { id: 'pertinence', label: 'Pertinence', weight: 2 },
    { id: 'partenariat', label: 'Partenariat', weight: 1 },
  ],
  eligibility: [{ id: 'collectivite', label: 'Collectivité ou groupement' }],
  tieBreak: ['criterion:pertinence', 'deposited'],
};

export const MEMBERS = [
  { id: 'chair', name: 'Hélène Dupré', institution: 'MEAE', role: 'chair' },
  { id: 'asc', name: 'Nadia Benhamou', institution: 'Agence du Service Civique', role: 'member' },
  { id: 'cuf', name: 'François Lemaître', institution: 'Cités Unies France', role: 'member' },
  { id: 'idf', name: 'Maëlle Le Goff', institution: 'Intercommunalités de France', role: 'observer' },
];

/** A new session with `count` dossiers D1…Dn deposited a day apart (D1 first), the grid and the committee above. */
export async function scoringSession(dir: string, count = 6): Promise<string> {
  const path = join(dir, `s${Math.random().toString(36).slice(2)}.comitia`);
  if ((await cli('new', path)).code !== 0) throw new Error('new failed');
  const db = await openSessionDb(path);
  db.transaction(() => {
    for (let i = 1; i <= count; i += 1) upsertDossier(db, dossier(`D${i}`, new Date(Date.UTC(2022, 2, i)).toISOString()));
  })();
  db.close();
  for (const [cmd, file] of [['grid', writeJson(dir, 'grid.json', GRID)], ['members', writeJson(dir, 'members.json', MEMBERS)]] as const) {
    const r = await cli(cmd, path, '--set', file);
    if (r.code !== 0) throw new Error(`${cmd} --set failed: ${r.err}`);
  }
  return path;
}

export async function withDb<T>(path: string, fn: (db: Db) => T): Promise<T> {
  const db = await openSessionDb(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
