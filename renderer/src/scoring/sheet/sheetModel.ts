/**
 * The member's sheet as the grid shows it: the core's sheet, plus what this window holds that the file does not yet
 * (scores being saved, entries refused and kept as typed until corrected). Pure functions, no React.
 */
import type { Dossier, Scale } from '../../../../common/domain/types.ts';
import type { EligibilityResult } from '../../../../common/scoring/records.ts';
import type { ScoringSheet, SheetScore } from '../../../../common/scoring/views.ts';
import { parseYesNo } from '../../../../common/import/frenchValues.ts';
import { readOnScale, type ScaleFault } from '../../../../common/scoring/scale.ts';
import { parseTypedNumber } from '../format.ts';

/** What the person typed and why it was refused; shown in the cell until corrected or cleared. */
export interface CellDraft {
  typed: string;
  /** Already translated: names the dossier and the criterion. */
  error: string;
}

export interface SheetGridRow {
  id: string;
  name: string;
  recused: boolean;
  failedChecks: string[];
  /** The viewer may not see this member's scores for the dossier. */
  hidden: boolean;
  complete: boolean;
  total: number | null;
  /** By criterion id: what the file holds. */
  scores: Record<string, SheetScore>;
  /** By criterion id: a value on its way to the file (null: being cleared). */
  pending: Record<string, number | null>;
  /** By criterion id: refused entries. */
  drafts: Record<string, CellDraft>;
  /** By check id: the dossier's eligibility result (null: not assessed). */
  eligibility: Record<string, boolean | null>;
  compared: boolean;
}

export const cellKey = (dossier: string, column: string) => `${dossier}\u0000${column}`;

export interface Overlays {
  pending: ReadonlyMap<string, number | null>;
  drafts: ReadonlyMap<string, CellDraft>;
}

/** Same keys, and values equal by `same` (identity by default). */
function sameRecord<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>, same: (x: V, y: V) => boolean = Object.is): boolean {
  if (a === b) return true;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k]!, b[k]!));
}

const sameScore = (x: SheetScore, y: SheetScore) =>
  x.value === y.value && x.comment === y.comment && x.enteredBy === y.enteredBy && x.updatedAt === y.updatedAt;
const sameDraft = (x: CellDraft, y: CellDraft) => x.typed === y.typed && x.error === y.error;
const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

/** Whether two rows show the same thing: then the grid keeps the old object and does not redraw the row. */
function sameRow(a: SheetGridRow, b: SheetGridRow): boolean {
  return (
    a.id === b.id && a.name === b.name && a.recused === b.recused && a.hidden === b.hidden && a.complete === b.complete &&
    a.total === b.total && a.compared === b.compared && sameList(a.failedChecks, b.failedChecks) &&
    sameRecord(a.scores, b.scores, sameScore) && sameRecord(a.pending, b.pending) && sameRecord(a.drafts, b.drafts, sameDraft) &&
    sameRecord(a.eligibility, b.eligibility)
  );
}

const NONE: Readonly<Record<string, never>> = Object.freeze({});

/** The overlay's entries by dossier, then criterion (its keys are cellKey(dossier, criterion)). */
function byDossier<V>(overlay: ReadonlyMap<string, V>, criteria: ReadonlySet<string>): Map<string, Record<string, V>> {
  const out = new Map<string, Record<string, V>>();
  for (const [key, value] of overlay) {
    const cut = key.indexOf('\u0000');
    const criterion = key.slice(cut + 1);
    if (cut < 0 || !criteria.has(criterion)) continue;
    const dossier = key.slice(0, cut);
    const row = out.get(dossier) ?? {};
    row[criterion] = value;
    out.set(dossier, row);
  }
  return out;
}

/**
 * The grid's rows. A row that shows the same thing as in `previous` is the same object, so that AG Grid (which
 * compares rows by identity) redraws only the rows a change touched, not the whole sheet at every keystroke. Run at
 * each keystroke that commits a score: the overlays (a few cells) are read once, not once per row and criterion.
 */
export function buildRows(
  sheet: ScoringSheet,
  dossiers: ReadonlyMap<string, Dossier>,
  criteria: readonly string[],
  overlays: Overlays,
  eligibility: readonly EligibilityResult[],
  basket: readonly string[],
  previous: ReadonlyMap<string, SheetGridRow> = new Map(),
): SheetGridRow[] {
  const results = new Map<string, Record<string, boolean | null>>();
  for (const r of eligibility) {
    const row = results.get(r.dossier) ?? {};
    row[r.check] = r.passed;
    results.set(r.dossier, row);
  }
  const picked = new Set(basket);
  const known = new Set(criteria);
  const pendingBy = byDossier(overlays.pending, known);
  const draftsBy = byDossier(overlays.drafts, known);
  return sheet.rows.map((row) => {
    const next: SheetGridRow = {
      id: row.dossier,
      name: dossiers.get(row.dossier)?.name ?? row.dossier,
      recused: row.recused,
      failedChecks: row.failedChecks,
      hidden: row.hidden,
      complete: row.complete,
      total: row.total,
      scores: row.scores,
      pending: pendingBy.get(row.dossier) ?? NONE,
      drafts: draftsBy.get(row.dossier) ?? NONE,
      eligibility: results.get(row.dossier) ?? NONE,
      compared: picked.has(row.dossier),
    };
    const before = previous.get(row.dossier);
    return before && sameRow(before, next) ? before : next;
  });
}

/** What a score cell shows: the refused text as typed, else the value being saved, else the stored one. */
export function cellValue(row: SheetGridRow, criterion: string): number | string | null {
  const draft = row.drafts[criterion];
  if (draft) return draft.typed;
  if (criterion in row.pending) return row.pending[criterion] ?? null;
  return row.scores[criterion]?.value ?? null;
}

export type TypedScore =
  | { kind: 'clear' }
  | { kind: 'value'; value: number }
  | { kind: 'refused'; typed: string; reason: ScaleFault };

/**
 * Reads what was typed in a score cell against the criterion's scale, with the core's own rule
 * (common/scoring/scale.ts): the value sent is the level it reads as; the core checks again on saving.
 */
export function readTypedScore(raw: unknown, scale: Scale): TypedScore {
  const typed = raw === null || raw === undefined ? '' : String(raw).trim();
  if (typed === '') return { kind: 'clear' };
  const reading = readOnScale(typeof raw === 'number' ? raw : parseTypedNumber(typed), scale);
  return reading.ok ? { kind: 'value', value: reading.value } : { kind: 'refused', typed, reason: reading.fault };
}

export type TypedCheck = { kind: 'clear' } | { kind: 'value'; passed: boolean } | { kind: 'refused'; typed: string };

/** Eligibility is typed as yes/no, in the words the import reads (common/import/frenchValues.ts): o, oui, y, yes, 1 / n, non, no, 0… */
export function readTypedCheck(raw: unknown): TypedCheck {
  const typed = raw === null || raw === undefined ? '' : String(raw).trim();
  if (typed === '') return { kind: 'clear' };
  const word = parseYesNo(typed);
  return word.ok && word.value !== null ? { kind: 'value', passed: word.value } : { kind: 'refused', typed };
}

/** The sheet with one score replaced (or removed when `score` is null), as the core answered. */
export function patchScore(sheet: ScoringSheet, dossier: string, criterion: string, score: SheetScore | null): ScoringSheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => {
      if (row.dossier !== dossier) return row;
      const scores = { ...row.scores };
      if (score) scores[criterion] = score;
      else delete scores[criterion];
      return { ...row, scores };
    }),
  };
}
