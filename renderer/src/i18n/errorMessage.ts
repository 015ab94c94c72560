/**
 * The interface's words for an error the core returned as a code: the `messages` namespace (the core's catalogues,
 * common/i18n/messages) in the current language, then every problem it lists, each naming its field.
 */
import i18next from 'i18next';
import type { Language } from '../../../common/domain/types.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';
import type { AppErrorShape } from '../../../common/result.ts';

export function errorMessage(error: AppErrorShape): string {
  const language: Language = i18next.language === 'en' ? 'en' : 'fr';
  return errorText(error, language);
}
