/** The core's messages (codes with parameters) in the interface's language, for the import's lists and reports. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/domain/types.ts';
import { isMessageCode } from '../../../common/i18n/messageCode.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';

export interface Coded {
  code: string;
  params?: Record<string, string | number>;
}

export function useMessageText(): { text: (m: Coded) => string; label: (code: string | undefined) => string; language: Language } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  return {
    text: (m) => messageText(m, language),
    // Progress labels are codes from the import core; a label from elsewhere is shown as it came.
    label: (code) => (code ? (isMessageCode(code) ? messageText({ code }, language) : code) : ''),
    language,
  };
}
