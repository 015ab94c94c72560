/** A form's way to word a refusal of the core (fieldProblems.ts) in the current language. */
import { useTranslation } from 'react-i18next';
import { runtimeLookup } from '../../../../common/i18n/translation.ts';
import type { AppErrorShape } from '../../../../common/result.ts';
import { refusalView, type RefusalView, type Translate } from './fieldProblems.ts';

type Relabel = (params: Record<string, string>) => Record<string, string>;

export function useRefusal(): (error: AppErrorShape, refusedKey: string, relabel?: Relabel) => RefusalView {
  const { t, i18n } = useTranslation('scoringSettings');
  // Field labels and refusal headlines are keys made from the core's field paths (fieldProblems.ts).
  const translate: Translate = runtimeLookup(t);
  return (error, refusedKey, relabel) => refusalView(error, translate, i18n.language === 'en' ? 'en' : 'fr', refusedKey, relabel);
}
