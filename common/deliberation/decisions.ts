/**
 * The committee's decision on a dossier (issue 9, « Votes and decisions »): every decision carries a written
 * motivation; `retenu_sous_reserve` states its conditions; `liste_attente` its position on the waiting list. When a
 * selected applicant withdraws, the first on the waiting list is proposed for promotion (the chair confirms; this
 * module only says whom).
 */
import { AppError } from '../result.ts';

export const DECISION_KINDS = ['retenu', 'retenu_sous_reserve', 'liste_attente', 'non_retenu', 'ajourne'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Decision {
  dossier: string;
  decision: DecisionKind;
  motivation: string;
  /** Required for `retenu_sous_reserve`, refused otherwise. */
  conditions?: string | null;
  /** 1 for the first on the list; required for `liste_attente`, refused otherwise. Gaps are allowed, repeats not. */
  waitlistPosition?: number | null;
}

/** Both `retenu` and `retenu_sous_reserve` select the applicant. */
export const isSelected = (kind: DecisionKind): boolean => kind === 'retenu' || kind === 'retenu_sous_reserve';

const blank = (text: string | null | undefined): boolean => text == null || text.trim() === '';

/** Checks one decision; returns it with its text trimmed and the fields that do not apply set to null. */
export function checkDecision(d: Decision): Required<Decision> {
  const { dossier } = d;
  if (!(DECISION_KINDS as readonly string[]).includes(d.decision)) {
    throw new AppError('deliberation.decision_invalid', { dossier, decision: String(d.decision) });
  }
  if (blank(d.motivation)) throw new AppError('deliberation.motivation_missing', { dossier });
  const conditions = blank(d.conditions) ? null : d.conditions!.trim();
  if (d.decision === 'retenu_sous_reserve' && conditions === null) throw new AppError('deliberation.conditions_missing', { dossier });
  if (d.decision !== 'retenu_sous_reserve' && conditions !== null) throw new AppError('deliberation.conditions_unexpected', { dossier });
  const position = d.waitlistPosition ?? null;
  if (d.decision === 'liste_attente' && !(Number.isInteger(position) && position! >= 1)) {
    throw new AppError('deliberation.waitlist_position_missing', { dossier });
  }
  if (d.decision !== 'liste_attente' && position !== null) throw new AppError('deliberation.waitlist_position_unexpected', { dossier });
  return { dossier, decision: d.decision, motivation: d.motivation.trim(), conditions, waitlistPosition: position };
}

/** Checks a set of decisions as a whole (one per dossier, distinct waiting-list positions): all or nothing. */
export function checkDecisions(decisions: readonly Decision[]): Required<Decision>[] {
  const seen = new Set<string>();
  const positions = new Map<number, string>();
  return decisions.map((raw) => {
    const d = checkDecision(raw);
    if (seen.has(d.dossier)) throw new AppError('deliberation.duplicate_decision', { dossier: d.dossier });
    seen.add(d.dossier);
    if (d.waitlistPosition !== null) {
      const first = positions.get(d.waitlistPosition);
      if (first !== undefined) {
        throw new AppError('deliberation.waitlist_position_taken', { position: d.waitlistPosition, first, second: d.dossier });
      }
      positions.set(d.waitlistPosition, d.dossier);
    }
    return d;
  });
}

/** The waiting list, first first. */
export function waitingList(decisions: readonly Decision[]): Required<Decision>[] {
  return checkDecisions(decisions)
    .filter((d) => d.decision === 'liste_attente')
    .sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
}

export interface Promotion {
  /** The selected applicant who withdrew. */
  withdrawn: string;
  /** The first on the waiting list, proposed for `retenu`. */
  promoted: string;
  /** Its position on the list before the promotion. */
  fromPosition: number;
  /** The rest of the list, renumbered from 1 in the same order. */
  waitingList: { dossier: string; position: number }[];
}

/**
 * What to propose when the selected applicant `withdrawn` withdraws: promote the first on the waiting list. Null
 * when the list is empty. Refused when `withdrawn` was not selected.
 */
export function proposePromotion(decisions: readonly Decision[], withdrawn: string): Promotion | null {
  const list = waitingList(decisions);
  const own = decisions.find((d) => d.dossier === withdrawn);
  if (!own || !isSelected(own.decision)) throw new AppError('deliberation.not_selected', { dossier: withdrawn });
  const [first, ...rest] = list;
  if (!first) return null;
  return {
    withdrawn,
    promoted: first.dossier,
    fromPosition: first.waitlistPosition!,
    waitingList: rest.map((d, i) => ({ dossier: d.dossier, position: i + 1 })),
  };
}
