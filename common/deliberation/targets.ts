/**
 * The programme's targets (issue 9, « The programme's targets, live »): data of the session, evaluated against a
 * set of selected dossiers. Every target is a bound on a count, a share or a sum over the selection, so that the
 * optimiser (main/deliberation/proposeSelection.ts) can state each one as linear constraints; this module
 * evaluates them directly, without that linear form, which lets the tests check one against the other.
 */
import { ECHELONS, type Dossier, type Echelon } from '../domain/types.ts';
import { AppError } from '../result.ts';

/** What a target reads of a dossier. */
export type TargetDossier = Pick<
  Dossier,
  | 'id'
  | 'echelon'
  | 'outreMer'
  | 'firstTimeInternational'
  | 'firstTimeVolunteering'
  | 'priorityCountry'
  | 'missionsSending'
  | 'missionsHosting'
  | 'missionsSci'
  | 'missionsVsi'
>;

export const DOSSIER_FLAGS = ['firstTime', 'firstTimeInternational', 'firstTimeVolunteering', 'outreMer', 'priorityCountry'] as const;
/** A yes/no fact of a dossier. `firstTime`: first time internationally or in international volunteering (the call's words). */
export type DossierFlag = (typeof DOSSIER_FLAGS)[number];

export function hasFlag(d: TargetDossier, flag: DossierFlag): boolean {
  switch (flag) {
    case 'firstTime':
      return d.firstTimeInternational === true || d.firstTimeVolunteering === true;
    case 'firstTimeInternational':
      return d.firstTimeInternational === true;
    case 'firstTimeVolunteering':
      return d.firstTimeVolunteering === true;
    case 'outreMer':
      return d.outreMer;
    case 'priorityCountry':
      return d.priorityCountry;
  }
}

/**
 * Planned missions of a dossier: Service Civique plus VSI (hosted volunteers are counted among the Service Civique
 * missions, as in the call's reporting: « 69 VSI, 195 Service Civique »); sending plus hosting when the source gave
 * no split by scheme.
 */
export function plannedMissions(d: TargetDossier): number {
  if (d.missionsSci !== null || d.missionsVsi !== null) return (d.missionsSci ?? 0) + (d.missionsVsi ?? 0);
  return (d.missionsSending ?? 0) + (d.missionsHosting ?? 0);
}

/** Bounds of a target; null for no bound on that side. Shares are fractions in [0, 1]. */
export interface Bounds {
  min: number | null;
  max: number | null;
}

interface TargetBase {
  id: string;
  label: string;
}

export type ScalarTarget = TargetBase &
  Bounds &
  (
    /** Number of dossiers selected. */
    | { kind: 'count' }
    /** Number of selected dossiers with the flag. */
    | { kind: 'count_with'; flag: DossierFlag }
    /** Share of the selected dossiers that have the flag. */
    | { kind: 'share_with'; flag: DossierFlag }
    /** Planned missions of the selected dossiers. */
    | { kind: 'missions' }
    /** Share of the selection's planned missions carried by dossiers with the flag. */
    | { kind: 'mission_share_with'; flag: DossierFlag }
  );

/** Every listed échelon has at least `minEach` selected dossiers, and none more than `maxShare` of the selection. */
export type EchelonTarget = TargetBase & { kind: 'echelons'; echelons: readonly Echelon[]; minEach: number; maxShare: number | null };

export type Target = ScalarTarget | EchelonTarget;
export type TargetKind = Target['kind'];

export interface ScalarTargetStatus {
  id: string;
  label: string;
  kind: ScalarTarget['kind'];
  goal: Bounds;
  /** null for a share of nothing (no dossier, or no mission, selected): a bound on it is then met. */
  current: number | null;
  met: boolean;
}

export interface EchelonTargetStatus {
  id: string;
  label: string;
  kind: 'echelons';
  goal: { minEach: number; maxShare: number | null; echelons: readonly Echelon[] };
  /** Selected dossiers per listed échelon. */
  current: Partial<Record<Echelon, number>>;
  met: boolean;
}

export type TargetStatus = ScalarTargetStatus | EchelonTargetStatus;

/** Comparisons of shares and sums allow this much rounding. */
const TOLERANCE = 1e-9;

const isShare = (t: Target): boolean => t.kind === 'share_with' || t.kind === 'mission_share_with';

/** Checks a session's targets: distinct ids, at least one bound, shares within [0, 1], min ≤ max. */
export function checkTargets(targets: readonly Target[]): void {
  const ids = new Set<string>();
  for (const t of targets) {
    if (ids.has(t.id)) throw new AppError('deliberation.target_duplicate', { target: t.id });
    ids.add(t.id);
    if (t.kind === 'echelons') {
      if (t.echelons.length === 0) throw new AppError('deliberation.target_echelons_empty', { target: t.id });
      if (!(Number.isInteger(t.minEach) && t.minEach >= 0)) throw new AppError('deliberation.target_bound_invalid', { target: t.id, value: String(t.minEach) });
      if (t.maxShare !== null && !(t.maxShare >= 0 && t.maxShare <= 1)) {
        throw new AppError('deliberation.target_share_invalid', { target: t.id, value: String(t.maxShare) });
      }
      continue;
    }
    if (t.min === null && t.max === null) throw new AppError('deliberation.target_bounds_missing', { target: t.id });
    for (const bound of [t.min, t.max]) {
      if (bound === null) continue;
      if (!Number.isFinite(bound) || bound < 0) throw new AppError('deliberation.target_bound_invalid', { target: t.id, value: String(bound) });
      if (isShare(t) && bound > 1) throw new AppError('deliberation.target_share_invalid', { target: t.id, value: String(bound) });
    }
    if (t.min !== null && t.max !== null && t.min > t.max) {
      throw new AppError('deliberation.target_bounds_crossed', { target: t.id, min: t.min, max: t.max });
    }
  }
}

const within = (value: number | null, b: Bounds): boolean =>
  value === null || ((b.min === null || value >= b.min - TOLERANCE) && (b.max === null || value <= b.max + TOLERANCE));

function scalarCurrent(t: ScalarTarget, selected: readonly TargetDossier[]): number | null {
  switch (t.kind) {
    case 'count':
      return selected.length;
    case 'count_with':
      return selected.filter((d) => hasFlag(d, t.flag)).length;
    case 'share_with':
      return selected.length === 0 ? null : selected.filter((d) => hasFlag(d, t.flag)).length / selected.length;
    case 'missions':
      return selected.reduce((sum, d) => sum + plannedMissions(d), 0);
    case 'mission_share_with': {
      const total = selected.reduce((sum, d) => sum + plannedMissions(d), 0);
      const flagged = selected.reduce((sum, d) => sum + (hasFlag(d, t.flag) ? plannedMissions(d) : 0), 0);
      return total === 0 ? null : flagged / total;
    }
  }
}

/** One target against the selection. */
export function evaluateTarget(t: Target, selected: readonly TargetDossier[]): TargetStatus {
  if (t.kind === 'echelons') {
    const current: Partial<Record<Echelon, number>> = {};
    for (const e of t.echelons) current[e] = 0;
    for (const d of selected) if (current[d.echelon] !== undefined) current[d.echelon]! += 1;
    const n = selected.length;
    const met = t.echelons.every((e) => current[e]! >= t.minEach && (t.maxShare === null || n === 0 || current[e]! / n <= t.maxShare + TOLERANCE));
    return { id: t.id, label: t.label, kind: t.kind, goal: { minEach: t.minEach, maxShare: t.maxShare, echelons: t.echelons }, current, met };
  }
  const current = scalarCurrent(t, selected);
  return { id: t.id, label: t.label, kind: t.kind, goal: { min: t.min, max: t.max }, current, met: within(current, t) };
}

/** Every target against the selection, in the targets' order. */
export function evaluateTargets(targets: readonly Target[], selected: readonly TargetDossier[]): TargetStatus[] {
  return targets.map((t) => evaluateTarget(t, selected));
}

/** The échelons a balanced selection represents: all but `autre`. */
export const REPRESENTED_ECHELONS: readonly Echelon[] = ECHELONS.filter((e) => e !== 'autre');

export interface TerritoiresVolontairesOptions {
  /** No échelon above this share of the selection. */
  maxEchelonShare: number;
  /** Share of the planned missions carried by dossiers with a priority country. */
  priorityMissionShare: number;
}

/**
 * The six targets of the Territoires Volontaires call (docs: domain.md, « Programme targets »): at least 40 selected,
 * at least half of them first-timers, every échelon represented and none above a set share, outre-mer represented,
 * planned missions towards the programme's 250 (the call funds 250: a budget, so at most 250), and a share of the
 * missions with France's priority countries. The call names no figure for the échelon ceiling nor for that share:
 * they are settings the secretariat adjusts. Defaults: no échelon above half of the selection; half of the missions
 * with the priority countries, the share of the State's grants the CICID of 8 February 2018 directs to them.
 */
export function territoiresVolontairesTargets(
  options: TerritoiresVolontairesOptions = { maxEchelonShare: 0.5, priorityMissionShare: 0.5 },
): Target[] {
  return [
    { id: 'selected', label: 'Au moins 40 collectivités retenues', kind: 'count', min: 40, max: null },
    { id: 'first_time', label: 'Au moins 50 % de primo-engagées', kind: 'share_with', flag: 'firstTime', min: 0.5, max: null },
    {
      id: 'echelons',
      label: `Chaque échelon représenté, aucun au-delà de ${Math.round(options.maxEchelonShare * 100)} %`,
      kind: 'echelons',
      echelons: REPRESENTED_ECHELONS,
      minEach: 1,
      maxShare: options.maxEchelonShare,
    },
    { id: 'outre_mer', label: 'Outre-mer représenté', kind: 'count_with', flag: 'outreMer', min: 1, max: null },
    { id: 'missions', label: 'Missions prévues : vers 250 (enveloppe du programme)', kind: 'missions', min: null, max: 250 },
    {
      id: 'priority_missions',
      label: `Au moins ${Math.round(options.priorityMissionShare * 100)} % des missions vers les pays prioritaires`,
      kind: 'mission_share_with',
      flag: 'priorityCountry',
      min: options.priorityMissionShare,
      max: null,
    },
  ];
}
