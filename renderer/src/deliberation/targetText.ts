/** How a target reads: its label (the catalogue's for the call's defaults), its goal and its current value. */
import type { TFunction } from 'i18next';
import type { LabelledStatus } from '../../../common/api/contract/selection.ts';
import type { Language } from '../../../common/domain/types.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { formatNumber } from '../scoring/format.ts';

const SHARES = new Set(['share_with', 'mission_share_with']);

export const targetLabel = (t: LabelledStatus, lang: string): string =>
  t.labelMessage ? messageText(t.labelMessage, (lang === 'en' ? 'en' : 'fr') satisfies Language) : t.label;

/** A share as a percentage, a count as it is. */
function amount(t: LabelledStatus, x: number, lang: string): string {
  return SHARES.has(t.kind) ? `${formatNumber(x * 100, lang, 1)} %` : formatNumber(x, lang, 2);
}

export function goalText(t: LabelledStatus, tr: TFunction<'deliberation'>, lang: string): string {
  if (t.kind === 'echelons') {
    return tr('targets.goalEchelons', {
      minEach: t.goal.minEach,
      maxShare: t.goal.maxShare === null ? tr('targets.none') : `${formatNumber(t.goal.maxShare * 100, lang, 1)} %`,
    });
  }
  const { min, max } = t.goal;
  if (min !== null && max !== null) return tr('targets.goalBetween', { min: amount(t, min, lang), max: amount(t, max, lang) });
  return min !== null ? tr('targets.goalMin', { min: amount(t, min, lang) }) : tr('targets.goalMax', { max: amount(t, max ?? 0, lang) });
}

export function currentText(t: LabelledStatus, tr: TFunction<'deliberation'>, echelon: (e: string) => string, lang: string): string {
  if (t.kind === 'echelons') return Object.entries(t.current).map(([e, n]) => `${echelon(e)} ${n}`).join(' · ');
  return t.current === null ? tr('targets.none') : amount(t, t.current, lang);
}
