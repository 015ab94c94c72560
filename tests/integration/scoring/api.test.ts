import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonView, RankingView, ScoringSheet } from '../../../common/scoring/views.ts';
import type { Result } from '../../../common/result.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { verifyAuditChain } from '../../../main/audit/auditLog.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { GRID, scoringSession, tempDir } from './fixture.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';

let api: Api;
let session: CurrentSession;
let path: string;

const call = (name: string, arg: unknown) => api.invoke(name, arg);
const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${errorText(r.error)}`);
  return r.value as T;
};
const audit = (action: string) =>
  session.db().prepare('SELECT count(*) FROM audit_log WHERE action = ?').pluck().get(action) as number;

/** Scores every criterion of every dossier for `member` (skipping `except`), through the API. */
async function scoreAll(member: string, except: string[] = [], score = 2) {
  for (let d = 1; d <= 6; d += 1) {
    if (except.includes(`D${d}`)) continue;
    for (const c of GRID.criteria) value(await call('scoreSet', { member, dossier: `D${d}`, criterion: c.id, value: (score + d) % 4 }));
  }
}

beforeAll(async () => {
  const dir = tempDir();
  path = await scoringSession(dir);
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  value(await call('sessionOpen', { path }));
  value(await call('conflictSet', { member: 'cuf', dossier: 'D1', reason: 'Élue de la commune candidate', actor: 'secretariat' }));
});
afterAll(() => session.close());

describe('the core refuses what no interface may let through', () => {
  it('refuses a score from a recused member, in French, naming the dossier', async () => {
    const r = await call('scoreSet', { member: 'cuf', dossier: 'D1', criterion: 'pertinence', value: 2 });
    expect(r).toMatchObject({ ok: false, error: { code: 'scoring.score_recused', params: { member: 'cuf', dossier: 'D1' } } });
    expect(!r.ok && errorText(r.error)).toBe(
      "Note refusée : « François Lemaître » (cuf) a déclaré un conflit d'intérêts pour le dossier « D1 » : il ne peut pas le noter.",
    );
  });

  it('refuses a value outside the scale or off its step, and a score from an observer', async () => {
    const off = await call('scoreSet', { member: 'asc', dossier: 'D1', criterion: 'pertinence', value: 4 });
    expect(off).toMatchObject({ ok: false, error: { code: 'scoring.score_off_scale', params: { criterion: 'pertinence', min: 0, max: 3 }, details: { field: 'score' } } });
    expect(!off.ok && errorText(off.error)).toContain("critère « pertinence » : la note 4 est hors de l'échelle (de 0 à 3, par pas de 1)");
    const between = await call('scoreSet', { member: 'asc', dossier: 'D1', criterion: 'pertinence', value: 2.5 });
    expect(!between.ok && errorText(between.error)).toContain("ne tombe pas sur un pas de l'échelle");
    expect(await call('scoreSet', { member: 'idf', dossier: 'D1', criterion: 'pertinence', value: 2 })).toMatchObject({
      ok: false,
      error: { code: 'scoring.score_not_a_scorer' },
    });
    expect(await call('scoreSet', { member: 'asc', dossier: 'D404', criterion: 'pertinence', value: 2 })).toMatchObject({
      ok: false,
      error: { code: 'scoring.score_unknown_dossier', params: { dossier: 'D404' } },
    });
  });

  it('refuses a score once a conflict is declared, and accepts it again once withdrawn; both audited', async () => {
    const declared = audit('conflict.declare');
    value(await call('conflictSet', { member: 'asc', dossier: 'D6', reason: 'Ancien agent de la collectivité' }));
    expect(audit('conflict.declare')).toBe(declared + 1);
    expect(await call('scoreSet', { member: 'asc', dossier: 'D6', criterion: 'pertinence', value: 1 })).toMatchObject({ ok: false, error: { code: 'scoring.score_recused' } });
    expect(value(await call('conflictWithdraw', { member: 'asc', dossier: 'D6' }))).toBe(true);
    expect(audit('conflict.withdraw')).toBe(1);
    expect(await call('scoreSet', { member: 'asc', dossier: 'D6', criterion: 'pertinence', value: 1 })).toMatchObject({ ok: true });
  });
});

describe('bounds and exactness of a score', () => {
  it('stores a value within 1e-9 of a level as that level, never as sent, and refuses one further off', async () => {
    const stored = () => session.db().prepare("SELECT value FROM scores WHERE member_id = 'asc' AND dossier_id = 'D2' AND criterion_id = 'pertinence'").pluck().get();
    for (const [sent, level] of [[3.0000000009, 3], [-9e-10, 0], [5e-324, 0], [1.9999999999, 2]] as const) {
      expect(value<{ value: number }>(await call('scoreSet', { member: 'asc', dossier: 'D2', criterion: 'pertinence', value: sent })).value).toBe(level);
      expect(stored()).toBe(level);
    }
    const off = await call('scoreSet', { member: 'asc', dossier: 'D2', criterion: 'pertinence', value: 3.000001 });
    expect(off).toMatchObject({ ok: false, error: { code: 'scoring.score_off_scale', params: { value: '3.000001' } } });
    expect(stored()).toBe(2);
  });
});

describe('every refusal is a code with its parameters', () => {
  it('names the unknown member of a conflict, the unknown check of an eligibility result, in French at the edge', async () => {
    const conflict = await call('conflictSet', { member: 'zoe', dossier: 'D1', reason: 'x' });
    expect(conflict).toMatchObject({ ok: false, error: { code: 'scoring.conflict_unknown_member', params: { member: 'zoe' } } });
    const eligibility = await call('eligibilitySet', { entries: [{ dossier: 'D1', check: 'collectivite', passed: true }, { dossier: 'D1', check: 'budget', passed: false }] });
    expect(eligibility).toMatchObject({ ok: false, error: { code: 'scoring.eligibility_unknown_check', params: { entry: 2, check: 'budget' }, details: { field: '[1].check' } } });
    expect(!eligibility.ok && errorText(eligibility.error)).toBe("Éligibilité refusée, entrée 2 : critère d'éligibilité « budget » absent de la grille.");
    expect(!eligibility.ok && errorText(eligibility.error, 'en')).toBe('Eligibility refused, entry 2: eligibility check “budget” is not in the grid.');
  });

  it('lists every faulty member of a committee by its path, for the interface to name each in words', async () => {
    const members = [{ id: 'chair', name: 'Hélène Dupré', institution: 'MEAE', role: 'chair' }, { id: 'a b', name: ' ', institution: 'X', role: 'boss' }];
    const r = await call('membersSet', { members });
    expect(r).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    const issues = !r.ok && (r.error.details as { issues: { field: string; code: string }[] }).issues;
    expect(issues && issues.map((i) => [i.field, i.code])).toEqual([
      ['members[1].id', 'validation.id_format'],
      ['members[1].name', 'validation.empty_text'],
      ['members[1].role', 'validation.role_expected'],
    ]);
  });
});

describe('entering scores', () => {
  it('saves each score at once with who typed it, keeps the comment unless told otherwise, and audits it', async () => {
    const before = audit('score.set');
    const typed = value<{ enteredBy: string; comment: string | null }>(
      await call('scoreSet', { member: 'chair', dossier: 'D2', criterion: 'pertinence', value: 3, comment: 'Très solide', enteredBy: 'secretariat' }),
    );
    expect(typed).toMatchObject({ enteredBy: 'secretariat', comment: 'Très solide' });
    const again = value<{ value: number; enteredBy: string; comment: string | null }>(
      await call('scoreSet', { member: 'chair', dossier: 'D2', criterion: 'pertinence', value: 2 }),
    );
    expect(again).toMatchObject({ value: 2, enteredBy: 'chair', comment: 'Très solide' });
    expect(audit('score.set')).toBe(before + 2);
    expect(value(await call('scoreClear', { member: 'chair', dossier: 'D2', criterion: 'pertinence' }))).toBe(true);
    expect(value(await call('scoreClear', { member: 'chair', dossier: 'D2', criterion: 'pertinence' }))).toBe(false);
    expect(audit('score.clear')).toBe(1);
  });

  it("counts what remains on a member's sheet and locks the recused rows", async () => {
    const sheet = value<ScoringSheet>(await call('scoringSheet', { member: 'cuf', viewer: 'cuf' }));
    expect(sheet.rows.find((r) => r.dossier === 'D1')).toMatchObject({ recused: true });
    // Five dossiers to score (D1 is recused), two criteria each.
    expect(sheet.remaining).toEqual({ dossiers: 5, scores: 10 });
  });
});

describe('who sees the others’ scores', () => {
  beforeAll(async () => {
    await scoreAll('chair');
    await scoreAll('asc');
    await scoreAll('cuf', ['D1', 'D3']);
  });

  it("hides a recused dossier's scores and figures from the recused member, everywhere", async () => {
    const sheet = value<ScoringSheet>(await call('scoringSheet', { member: 'asc', viewer: 'cuf' }));
    expect(sheet.rows.find((r) => r.dossier === 'D1')).toMatchObject({ hidden: true, scores: {}, total: null });
    expect(sheet.rows.find((r) => r.dossier === 'D2')).toMatchObject({ hidden: false });
    expect(Object.keys(sheet.rows.find((r) => r.dossier === 'D2')!.scores)).toEqual(['partenariat', 'pertinence']);

    const ranking = value<RankingView>(await call('ranking', { viewer: 'cuf' }));
    expect(ranking.ranking.find((r) => r.dossier === 'D1')).toMatchObject({ hidden: true, raw: null, normalized: null, median: null, spread: null });
    expect(ranking.ranking.find((r) => r.dossier === 'D2')!.raw).toEqual(expect.any(Number));

    const cmp = value<ComparisonView>(await call('compare', { dossiers: ['D1', 'D2'], viewer: 'cuf' }));
    expect(cmp.hidden).toEqual(['D1']);
    expect(cmp.criteria[0]!.cells[0]).toMatchObject({ dossier: 'D1', mean: null, scores: [] });
    expect(cmp.criteria[0]!.cells[1]!.scores.length).toBeGreaterThan(1);
    expect(cmp.facts.map((d) => d.name)).toEqual(['Commune D1', 'Commune D2']);

    const secretariat = value<RankingView>(await call('ranking', { viewer: null }));
    expect(secretariat.ranking.every((r) => !r.hidden && r.raw !== null)).toBe(true);
  });

  it('under blind scoring, shows a member nothing of the others until their sheet is marked complete', async () => {
    value(await call('scoringSettingsSet', { blind: true }));
    expect(await call('ranking', { viewer: 'cuf' })).toMatchObject({ ok: false, error: { code: 'scoring.blind_scoring' } });
    expect(await call('agreement', { viewer: 'cuf' })).toMatchObject({ ok: false, error: { code: 'scoring.blind_scoring' } });
    const sheet = value<ScoringSheet>(await call('scoringSheet', { member: 'asc', viewer: 'cuf' }));
    expect(sheet.rows.every((r) => r.hidden && Object.keys(r.scores).length === 0)).toBe(true);
    const cmp = value<ComparisonView>(await call('compare', { dossiers: ['D2', 'D4'], viewer: 'cuf' }));
    expect(cmp.criteria.flatMap((c) => c.cells.flatMap((cell) => cell.scores.map((s) => s.member)))).toEqual(['cuf', 'cuf', 'cuf', 'cuf']);

    const early = await call('sheetMarkComplete', { member: 'cuf' });
    expect(early).toMatchObject({ ok: false, error: { code: 'scoring.sheet_incomplete' } });
    expect(!early.ok && errorText(early.error)).toBe("La grille de « François Lemaître » n'est pas terminée : 1 dossier à compléter (D3).");
    for (const c of GRID.criteria) value(await call('scoreSet', { member: 'cuf', dossier: 'D3', criterion: c.id, value: 1 }));
    value(await call('sheetMarkComplete', { member: 'cuf' }));
    expect(audit('sheet.complete')).toBe(1);
    expect(value<RankingView>(await call('ranking', { viewer: 'cuf' })).ranking.find((r) => r.dossier === 'D2')!.raw).toEqual(expect.any(Number));
    // The secretariat is never blinded.
    expect(await call('agreement', { viewer: null })).toMatchObject({ ok: true });
    value(await call('scoringSettingsSet', { blind: false }));
  });
});

describe('what-if and grid changes', () => {
  it('moves ranks under other weights without touching the stored grid', async () => {
    const grid = value(await call('gridGet', {}));
    const r = value<{ moves: { delta: number | null }[]; after: RankingView }>(
      await call('whatIf', { weights: { partenariat: 5 }, excludeMembers: ['asc'], viewer: null }),
    );
    expect(r.moves).toHaveLength(6);
    expect(r.after.ranking.every((x) => x.scorers <= 2)).toBe(true);
    expect(value(await call('gridGet', {}))).toEqual(grid);
    expect(await call('whatIf', { weights: { budget: 1 }, viewer: null })).toMatchObject({ ok: false, error: { code: 'scoring.whatif_unknown_criterion', params: { criterion: 'budget' } } });
  });

  it('refuses a negative or unreadable what-if weight, naming the criterion, as the grid editor does', async () => {
    const r = await call('whatIf', { weights: { pertinence: -1, partenariat: 'beaucoup' }, viewer: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    expect(!r.ok && (r.error.details as { issues: unknown[] }).issues).toEqual([
      { field: 'weights.pertinence', code: 'validation.weight_not_negative', params: expect.objectContaining({ minimum: 0 }) },
      { field: 'weights.partenariat', code: 'validation.number_expected', params: expect.objectContaining({ expected: 'number' }) },
    ]);
  });

  it('asks for confirmation before changing the grid once scoring started, then records the change', async () => {
    const heavier = { ...GRID, criteria: GRID.criteria.map((c) => ({ ...c, weight: c.weight + 1 })) };
    expect(await call('gridSet', { grid: heavier })).toMatchObject({ ok: false, error: { code: 'grid.confirm_required', params: { count: expect.any(Number) } } });
    expect(await call('gridSet', { grid: { ...heavier, scale: 'large' } })).toMatchObject({
      ok: false,
      error: { code: 'grid.invalid', params: { count: 1 }, details: { issues: [{ field: 'scale', code: 'grid.object_expected' }] } },
    });
    // The confirmation names what the change would delete: here a criterion and its scores, a check (no results).
    const scores = session.db().prepare('SELECT count(*) FROM scores').pluck().get() as number;
    const partenariat = session.db().prepare("SELECT count(*) FROM scores WHERE criterion_id = 'partenariat'").pluck().get() as number;
    const smaller = { ...GRID, criteria: [GRID.criteria[0]!], eligibility: [], tieBreak: ['deposited'] };
    expect(await call('gridSet', { grid: smaller })).toMatchObject({
      ok: false,
      error: {
        code: 'grid.confirm_required',
        params: { count: scores },
        details: {
          scores,
          removedCriteria: [{ id: 'partenariat', label: 'Partenariat', scores: partenariat }],
          removedChecks: [{ id: 'collectivite', label: 'Collectivité ou groupement', results: 0 }],
        },
      },
    });
    expect(partenariat).toBeGreaterThan(0);
    expect(value(await call('gridSet', { grid: heavier, confirm: true, actor: 'secretariat' }))).toMatchObject({ changed: true, removedScores: 0 });
    expect(verifyAuditChain(session.db())).toBeNull();
  });
});
