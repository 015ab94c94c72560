/**
 * Words for a target. The call's six defaults (territoiresVolontairesTargets) carry a French label built from their
 * bounds; as long as a target's label is still that text, the catalogue words it (in French or English, with the
 * bounds it has now). A label the secretariat wrote is its own and stays as written.
 */
import type { Target } from '../../common/deliberation/targets.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';

type LabelMessage = { code: string; params: Record<string, string | number> };

const percent = (share: number | null): number => Math.round((share ?? 0) * 100);

/** The catalogue message a default target's label reads as, whatever its label now says. */
function defaultMessage(t: Target): LabelMessage | null {
  switch (`${t.id}:${t.kind}`) {
    case 'selected:count':
      return t.kind === 'count' ? { code: 'selection.label_selected', params: { min: t.min ?? 0 } } : null;
    case 'first_time:share_with':
      return t.kind === 'share_with' ? { code: 'selection.label_first_time', params: { percent: percent(t.min) } } : null;
    case 'echelons:echelons':
      return t.kind === 'echelons' ? { code: 'selection.label_echelons', params: { percent: percent(t.maxShare) } } : null;
    case 'outre_mer:count_with':
      return { code: 'selection.label_outre_mer', params: {} };
    case 'missions:missions':
      return t.kind === 'missions' ? { code: 'selection.label_missions', params: { max: t.max ?? 0 } } : null;
    case 'priority_missions:mission_share_with':
      return t.kind === 'mission_share_with' ? { code: 'selection.label_priority_missions', params: { percent: percent(t.min) } } : null;
    default:
      return null;
  }
}

/** The catalogue label of a target still labelled as the call's default, else null. */
export function targetLabelMessage(t: Target): LabelMessage | null {
  const m = defaultMessage(t);
  return m && messageText(m, 'fr') === t.label ? m : null;
}
