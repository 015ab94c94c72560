/**
 * The programme's targets, the proposed selection and the rank ranges (issue 9), through the CLI and api.invoke on
 * the demo session, scored by every member (tests/e2e/scoringSession.ts). The rank range is checked against an independent leave-one-out: a copy of the session file from
 * which one member's scores are deleted in SQLite, ranked again by `comitia rank`.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SelectionProposal, Target, TargetsEvaluation } from '../../../common/api/contract/selection.ts';
import { territoiresVolontairesTargets } from '../../../common/deliberation/targets.ts';
import type { Result } from '../../../common/result.ts';
import type { ScoringSheet } from '../../../common/scoring/views.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { fillScores } from '../../e2e/scoringSession.ts';
import { cli } from '../../fixtures/cli.ts';

let dir: string;
let demo: string;

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${errorText(r.error)}`);
  return r.value as T;
};

interface RankJson {
  ranking: { dossier: string; rank: number; rankRange: [number, number]; contested: boolean }[];
}

async function json<T>(...argv: string[]): Promise<T> {
  const run = await cli(...argv);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as T;
}

/** An api on its own copy of the demo session. */
async function openCopy(name: string): Promise<{ api: Api; session: CurrentSession; path: string }> {
  const path = join(dir, name);
  copyFileSync(demo, path);
  const session = new CurrentSession();
  const api = createApi({ session, settings: new SettingsStore(join(dir, `settings-${name}`)), actor: 'secretariat' });
  value(await api.invoke('sessionOpen', { path }));
  return { api, session, path };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-selection-'));
  demo = join(dir, 'demo.comitia');
  expect((await cli('demo', demo)).code).toBe(0);
  // The demo comes unscored: every scoring member's sheet filled, seeded, as the scoring specs do.
  expect(fillScores(demo, dir).imported).toBeGreaterThan(1000);
}, 120_000);

describe('comitia targets', () => {
  it('lists the six default targets, labelled in French from the catalogue, against the (not yet recorded) decisions', async () => {
    const r = await json<{ targets: { id: string; label: string; goal: unknown; current: unknown; met: boolean }[] }>('targets', demo, '--json');
    expect(r.targets.map((t) => t.id)).toEqual(['selected', 'first_time', 'echelons', 'outre_mer', 'missions', 'priority_missions']);
    expect(r.targets.map((t) => Object.keys(t))).toEqual(r.targets.map(() => ['id', 'label', 'goal', 'current', 'met']));
    const selected = r.targets[0]!;
    expect(selected).toEqual({ id: 'selected', label: 'Au moins 40 collectivités retenues', goal: { min: 40, max: null }, current: 0, met: false });
    // No decision yet: a share of nothing is met, a count of nothing is not.
    expect(r.targets.find((t) => t.id === 'first_time')).toMatchObject({ current: null, met: true });
    expect(r.targets.find((t) => t.id === 'outre_mer')).toMatchObject({ label: 'Outre-mer représenté', current: 0, met: false });
  });

  it('words the default labels in English with --lang en, and keeps a label the secretariat wrote', async () => {
    const en = await json<{ targets: { id: string; label: string }[] }>('targets', demo, '--json', '--lang', 'en');
    expect(en.targets[0]!.label).toBe('At least 40 local authorities selected');
    const { api, session, path } = await openCopy('labels.comitia');
    const targets = value<Target[]>(await api.invoke('targetsGet', {}));
    value(await api.invoke('targetsSet', { targets: [{ ...targets[0]!, label: 'Quarante communes au moins' }, ...targets.slice(1)] }));
    session.close();
    const own = await json<{ targets: { id: string; label: string }[] }>('targets', path, '--json', '--lang', 'en');
    expect(own.targets[0]!.label).toBe('Quarante communes au moins');
    expect(own.targets[3]!.label).toBe('Overseas France represented');
  });
});

describe('comitia propose', () => {
  it('proposes a selection of ranked dossiers that meets every target it reports met, and writes nothing', async () => {
    const before = new Database(demo, { readonly: true });
    const audit = before.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    before.close();
    const p = await json<{ status: string; selected: string[]; objective: number; binding: string[]; conflicting: string[] }>('propose', demo, '--json');
    expect(Object.keys(p)).toEqual(['status', 'selected', 'objective', 'binding', 'conflicting']);
    const ranking = await json<RankJson>('rank', demo, '--json');
    const ranked = new Set(ranking.ranking.map((r) => r.dossier));
    expect(p.selected.every((d) => ranked.has(d))).toBe(true);

    const { api, session } = await openCopy('propose.comitia');
    const full = value<SelectionProposal>(await api.invoke('propose', {}));
    expect(full.selected).toEqual(p.selected);
    const evaluated = value<TargetsEvaluation>(await api.invoke('targetsEvaluate', { against: { dossiers: p.selected } }));
    if (p.status === 'optimal') {
      expect(p.conflicting).toEqual([]);
      expect(evaluated.targets.every((t) => t.met)).toBe(true);
      expect(p.selected.length).toBeGreaterThanOrEqual(40);
    } else {
      expect(p.conflicting.length).toBeGreaterThan(0);
      // Met except for the conflicting targets, which were relaxed.
      expect(evaluated.targets.filter((t) => !t.met).every((t) => p.conflicting.includes(t.id))).toBe(true);
    }
    // The evaluation against the proposal is the proposal's.
    const viaProposal = value<TargetsEvaluation>(await api.invoke('targetsEvaluate', { against: 'proposal' }));
    expect(viaProposal.selected).toEqual(p.selected);
    expect(viaProposal.targets.map((t) => t.met)).toEqual(evaluated.targets.map((t) => t.met));
    session.close();

    const after = new Database(demo, { readonly: true });
    expect(after.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(audit);
    after.close();
  }, 60_000);

  it('says which targets conflict when no selection meets them all', async () => {
    const { api, session, path } = await openCopy('infeasible.comitia');
    const targets = territoiresVolontairesTargets();
    value(await api.invoke('targetsSet', { targets: [{ ...targets[0]!, min: 500 }, ...targets.slice(1)] }));
    session.close();
    const p = await json<{ status: string; selected: string[]; conflicting: string[]; binding: string[] }>('propose', path, '--json');
    expect(p.status).toBe('infeasible');
    expect(p.conflicting).toEqual(['selected']);
    expect(p.binding).toEqual([]);
    expect(p.selected.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('targets as session data', () => {
  it('are replaced whole, audited once, and announce the targets topic', async () => {
    const { api, session } = await openCopy('set.comitia');
    const heard: string[][] = [];
    api.events.listen((e) => (e.kind === 'change' ? heard.push([...e.change.topics]) : undefined));
    const count = () => session.db().prepare("SELECT count(*) FROM audit_log WHERE action = 'targets.set'").pluck().get() as number;
    const mine: Target[] = [{ id: 'few', label: 'Au plus 10 retenues', kind: 'count', min: null, max: 10 }];
    expect(value(await api.invoke('targetsSet', { targets: mine }))).toEqual(mine);
    expect(value(await api.invoke('targetsSet', { targets: mine }))).toEqual(mine);
    expect(count()).toBe(1);
    expect(value(await api.invoke('targetsGet', {}))).toEqual(mine);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard.some((t) => t.includes('targets'))).toBe(true);
    session.close();
  });

  it('refuse bad targets with a code naming the target, and leave the stored ones unchanged', async () => {
    const { api, session } = await openCopy('refused.comitia');
    const before = value<Target[]>(await api.invoke('targetsGet', {}));
    const crossed = await api.invoke('targetsSet', { targets: [{ id: 'x', label: 'X', kind: 'count', min: 5, max: 2 }] });
    expect(crossed.ok).toBe(false);
    if (!crossed.ok) {
      expect(crossed.error.code).toBe('deliberation.target_bounds_crossed');
      expect(errorText(crossed.error)).toContain('objectif x');
    }
    const unknownKind = await api.invoke('targetsSet', { targets: [{ id: 'x', label: 'X', kind: 'budget', min: 1, max: null }] });
    expect(!unknownKind.ok && unknownKind.error.code).toBe('core.invalid_argument');
    const unknownDossier = await api.invoke('targetsEvaluate', { against: { dossiers: ['nope'] } });
    expect(!unknownDossier.ok && unknownDossier.error.code).toBe('selection.unknown_dossier');
    expect(value(await api.invoke('targetsGet', {}))).toEqual(before);
    session.close();
  });
});

describe('rank ranges', () => {
  it('match a leave-one-out computed independently: each scorer’s scores deleted from a copy, ranked again', async () => {
    const full = await json<RankJson>('rank', demo, '--json');
    expect(full.ranking.length).toBeGreaterThan(40);
    for (const r of full.ranking) {
      expect(r.rankRange[0]).toBeLessThanOrEqual(r.rank);
      expect(r.rankRange[1]).toBeGreaterThanOrEqual(r.rank);
    }

    // Members with a scored sheet: at least one complete row on their own sheet, as the secretariat sees it.
    const { api, session } = await openCopy('members.comitia');
    const members = value<{ id: string }[]>(await api.invoke('membersList', {}));
    const scorers: string[] = [];
    for (const m of members) {
      const sheet = value<ScoringSheet>(await api.invoke('scoringSheet', { member: m.id, viewer: null }));
      if (sheet.rows.some((row) => row.complete)) scorers.push(m.id);
    }
    session.close();
    expect(scorers.length).toBeGreaterThan(2);

    const ranks = new Map(full.ranking.map((r) => [r.dossier, [r.rank]]));
    for (const member of scorers) {
      const path = join(dir, `without-${member}.comitia`);
      copyFileSync(demo, path);
      const db = new Database(path);
      db.prepare('DELETE FROM scores WHERE member_id = ?').run(member);
      db.close();
      const without = await json<RankJson>('rank', path, '--json');
      for (const r of without.ranking) ranks.get(r.dossier)?.push(r.rank);
    }
    const expected = new Map([...ranks].map(([d, list]) => [d, [Math.min(...list), Math.max(...list)]]));
    expect(new Map(full.ranking.map((r) => [r.dossier, r.rankRange]))).toEqual(expected);
    // « contesté »: the range crosses the boundary, the 40 of the count target.
    for (const r of full.ranking) expect(r.contested).toBe(r.rankRange[0] <= 40 && r.rankRange[1] > 40);
    expect(full.ranking.some((r) => r.rankRange[0] !== r.rankRange[1])).toBe(true);
  }, 120_000);

  it('are given by the rankRanges method with the boundary they were read against', async () => {
    const { api, session } = await openCopy('ranges.comitia');
    const r = value<{ boundary: number | null; leftOut: string[]; ranges: { dossier: string; best: number; worst: number; contested: boolean }[] }>(
      await api.invoke('rankRanges', {}),
    );
    expect(r.boundary).toBe(40);
    const ranking = value<RankJson>(await api.invoke('ranking', { viewer: null }));
    expect(r.ranges.map((x) => [x.dossier, [x.best, x.worst], x.contested])).toEqual(ranking.ranking.map((x) => [x.dossier, x.rankRange, x.contested]));
    session.close();
  });
});
