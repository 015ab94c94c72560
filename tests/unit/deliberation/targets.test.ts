import { describe, expect, it } from 'vitest';
import {
  checkTargets,
  evaluateTargets,
  hasFlag,
  plannedMissions,
  territoiresVolontairesTargets,
  type Target,
} from '../../../common/deliberation/targets.ts';
import { dossier } from './targetData.ts';
import { refusal } from './errors.ts';

describe('the Territoires Volontaires targets', () => {
  const targets = territoiresVolontairesTargets();

  it('are the call’s six, as data', () => {
    expect(targets.map((t) => t.id)).toEqual(['selected', 'first_time', 'echelons', 'outre_mer', 'missions', 'priority_missions']);
    expect(() => checkTargets(targets)).not.toThrow();
    expect(targets.find((t) => t.id === 'selected')).toMatchObject({ kind: 'count', min: 40, max: null });
  });

  it('are met by a selection that meets each of them, and each one fails alone when its condition breaks', () => {
    // 40 dossiers, 10 per échelon, half first-timers, one overseas, 5 missions each (200), half of them priority.
    const good = Array.from({ length: 40 }, (_, i) =>
      dossier(`D${i}`, {
        echelon: (['region', 'departement', 'epci', 'commune'] as const)[i % 4],
        firstTime: i % 2 === 0,
        outreMer: i === 7,
        priority: i % 4 < 2,
        sci: 3,
        vsi: 2,
      }),
    );
    const status = evaluateTargets(targets, good);
    expect(status.map((s) => s.met)).toEqual([true, true, true, true, true, true]);
    expect(status.map((s) => s.current)).toEqual([40, 0.5, { region: 10, departement: 10, epci: 10, commune: 10 }, 1, 200, 0.5]);

    const failing = (selection: typeof good): string[] => evaluateTargets(targets, selection).filter((s) => !s.met).map((s) => s.id);
    expect(failing(good.slice(0, 39))).toEqual(['selected']);
    expect(failing(good.map((d, i) => (i === 0 ? { ...d, firstTimeInternational: false } : d)))).toEqual(['first_time']);
    expect(failing(good.map((d) => (d.echelon === 'epci' ? { ...d, echelon: 'commune' } : d)))).toEqual(['echelons']);
    expect(failing(good.map((d) => ({ ...d, outreMer: false })))).toEqual(['outre_mer']);
    expect(failing(good.map((d, i) => (i === 1 ? { ...d, missionsSci: 54 } : d)))).toEqual(['missions']);
    expect(failing(good.map((d, i) => (i < 30 ? { ...d, priorityCountry: false } : d)))).toEqual(['priority_missions']);
  });

  it('count none above the share: 21 communes out of 40 is over half', () => {
    const selection = Array.from({ length: 40 }, (_, i) =>
      dossier(`D${i}`, { echelon: i < 21 ? 'commune' : (['region', 'departement', 'epci'] as const)[i % 3] }),
    );
    expect(evaluateTargets(targets, selection).find((s) => s.id === 'echelons')?.met).toBe(false);
    const twenty = selection.map((d, i) => (i === 0 ? { ...d, echelon: 'region' as const } : d));
    expect(evaluateTargets(targets, twenty).find((s) => s.id === 'echelons')?.met).toBe(true);
  });
});

describe('targets', () => {
  it('read a share of nothing as no value, which violates no bound', () => {
    const share: Target = { id: 's', label: 's', kind: 'share_with', flag: 'firstTime', min: 0.5, max: null };
    const missionShare: Target = { id: 'p', label: 'p', kind: 'mission_share_with', flag: 'priorityCountry', min: 0.5, max: null };
    expect(evaluateTargets([share, missionShare], [])).toMatchObject([{ current: null, met: true }, { current: null, met: true }]);
    expect(evaluateTargets([missionShare], [dossier('A', { sci: 0, vsi: 0 })])).toMatchObject([{ current: null, met: true }]);
  });

  it('bound from both sides', () => {
    const t: Target = { id: 'n', label: 'n', kind: 'count', min: 2, max: 3 };
    const ds = ['A', 'B', 'C', 'D'].map((id) => dossier(id));
    expect([1, 2, 3, 4].map((n) => evaluateTargets([t], ds.slice(0, n))[0]!.met)).toEqual([false, true, true, false]);
  });

  it('count the planned missions as Service Civique plus VSI, or sending plus hosting when the source has no split', () => {
    expect(plannedMissions(dossier('A', { sci: 4, vsi: 1 }))).toBe(5);
    expect(plannedMissions(dossier('A', { sci: null, vsi: 2 }))).toBe(2);
    expect(plannedMissions({ ...dossier('A', { sci: null, vsi: null }), missionsSending: 3, missionsHosting: 1 })).toBe(4);
    expect(plannedMissions({ ...dossier('A', { sci: null, vsi: null }) })).toBe(0);
  });

  it('take a first-timer as first internationally or in international volunteering', () => {
    const d = dossier('A');
    expect(hasFlag({ ...d, firstTimeInternational: false, firstTimeVolunteering: true }, 'firstTime')).toBe(true);
    expect(hasFlag({ ...d, firstTimeInternational: null, firstTimeVolunteering: null }, 'firstTime')).toBe(false);
  });

  it.each([
    [[{ id: 'a', label: 'a', kind: 'count', min: 1, max: null }, { id: 'a', label: 'a', kind: 'count', min: 2, max: null }], 'deliberation.target_duplicate'],
    [[{ id: 'a', label: 'a', kind: 'count', min: null, max: null }], 'deliberation.target_bounds_missing'],
    [[{ id: 'a', label: 'a', kind: 'count', min: 5, max: 3 }], 'deliberation.target_bounds_crossed'],
    [[{ id: 'a', label: 'a', kind: 'missions', min: -1, max: null }], 'deliberation.target_bound_invalid'],
    [[{ id: 'a', label: 'a', kind: 'share_with', flag: 'outreMer', min: 50, max: null }], 'deliberation.target_share_invalid'],
    [[{ id: 'a', label: 'a', kind: 'echelons', echelons: [], minEach: 1, maxShare: null }], 'deliberation.target_echelons_empty'],
    [[{ id: 'a', label: 'a', kind: 'echelons', echelons: ['epci'], minEach: 1, maxShare: 2 }], 'deliberation.target_share_invalid'],
  ] as [Target[], string][])('refuse a malformed target (%#)', (targets, code) => {
    expect(refusal(() => checkTargets(targets))).toMatchObject({ code, params: { target: 'a' } });
  });
});
