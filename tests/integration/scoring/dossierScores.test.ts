/** dossierScores: one dossier's means and spreads by criterion, the comparison's figures, masked by the same rules. */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Result } from '../../../common/result.ts';
import type { ComparisonView, DossierScoresView } from '../../../common/scoring/views.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { GRID, scoringSession, tempDir } from './fixture.ts';

let api: Api;
let session: CurrentSession;
const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(r.error.code);
  return r.value as T;
};

beforeAll(async () => {
  const dir = tempDir();
  const path = await scoringSession(dir);
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  value(await api.invoke('sessionOpen', { path }));
  for (const [member, base] of [['chair', 1], ['asc', 3], ['cuf', 2]] as const) {
    for (const d of ['D1', 'D2']) {
      for (const c of GRID.criteria) value(await api.invoke('scoreSet', { member, dossier: d, criterion: c.id, value: (base + (d === 'D2' ? 1 : 0)) % 4 }));
    }
  }
  value(await api.invoke('conflictSet', { member: 'asc', dossier: 'D1', reason: 'Élue de la commune candidate', actor: 'secretariat' }));
});
afterAll(() => session.close());

it('gives the figures of the comparison for that dossier alone', async () => {
  const one = value<DossierScoresView>(await api.invoke('dossierScores', { dossier: 'D2', viewer: null }));
  const pair = value<ComparisonView>(await api.invoke('compare', { dossiers: ['D1', 'D2'], viewer: null }));
  expect(one.hidden).toBe(false);
  expect(one.criteria).toEqual(pair.criteria.map((c) => ({ criterion: c.criterion, mean: c.cells[1]!.mean, spread: c.cells[1]!.spread })));
  expect(one.criteria.every((c) => typeof c.mean === 'number')).toBe(true);
});

it('withholds the figures from a recused viewer, not from another member', async () => {
  const recused = value<DossierScoresView>(await api.invoke('dossierScores', { dossier: 'D1', viewer: 'asc' }));
  expect(recused.hidden).toBe(true);
  expect(recused.criteria.every((c) => c.mean === null && c.spread === null)).toBe(true);
  const other = value<DossierScoresView>(await api.invoke('dossierScores', { dossier: 'D1', viewer: 'cuf' }));
  expect(other.hidden).toBe(false);
  expect(other.criteria.some((c) => c.mean !== null)).toBe(true);
});

it('refuses an unknown dossier with a code', async () => {
  const r = await api.invoke('dossierScores', { dossier: 'D99', viewer: null });
  expect(r).toMatchObject({ ok: false, error: { code: 'scoring.compare_unknown_dossier' } });
});
