/** A member's sheet for a dossier is complete when every criterion is scored; only complete sheets are aggregated. */
import type { ScoreMatrix } from './matrix.ts';
import { isIneligible } from './eligibility.ts';

/** 1 at m·D + d when member m scored every criterion of dossier d (a recused pair is never complete). */
export function sheetCompleteness(mx: ScoreMatrix): Uint8Array {
  const D = mx.dossiers.length;
  const C = mx.criteria.length;
  const complete = new Uint8Array(mx.members.length * D);
  // A grid without criteria has nothing to complete.
  if (C === 0) return complete;
  for (let md = 0; md < complete.length; md += 1) {
    if (mx.recused[md]) continue;
    let full = 1;
    for (let c = 0, at = md * C; c < C; c += 1, at += 1) {
      if (Number.isNaN(mx.values[at]!)) {
        full = 0;
        break;
      }
    }
    complete[md] = full;
  }
  return complete;
}

export interface SheetRef {
  member: string;
  dossier: string;
}

/**
 * The sheets still owed: every (member, dossier) pair that is neither recused nor complete, for the dossiers that are
 * not ineligible (an excluded dossier need not be scored). Ordered by member, then dossier.
 */
export function incompleteSheets(mx: ScoreMatrix, complete: Uint8Array, eligibilityIds: readonly string[]): SheetRef[] {
  const D = mx.dossiers.length;
  const out: SheetRef[] = [];
  const open = mx.dossiers.map((d) => !isIneligible(d, eligibilityIds));
  for (let m = 0; m < mx.members.length; m += 1) {
    for (let d = 0; d < D; d += 1) {
      const md = m * D + d;
      if (open[d] && !mx.recused[md] && !complete[md]) out.push({ member: mx.members[m]!, dossier: mx.dossiers[d]!.id });
    }
  }
  return out;
}
