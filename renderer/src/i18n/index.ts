import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../common/domain/types.ts';
import { interfaceNamespaces } from '../../../common/i18n/interface/index.ts';
import { messagesEn, messagesFr } from '../../../common/i18n/messages/index.ts';
import { MESSAGES_NAMESPACE } from '../../../common/i18n/translateMessage.ts';

/**
 * The i18next namespaces: the interface's catalogues (common/i18n/interface, one namespace per capability; the
 * default namespace `translation` holds the shell's texts) and the core's messages. Their keys are typed in
 * ./i18next.d.ts.
 */
const namespaces: Record<string, { fr: object; en: object }> = {
  ...interfaceNamespaces,
  // The core's messages: errors and warnings arrive as codes and are worded here.
  [MESSAGES_NAMESPACE]: { fr: messagesFr, en: messagesEn },
};

export async function initI18n(language: Language): Promise<void> {
  const resources = {
    fr: Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.fr])),
    en: Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m.en])),
  };
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    returnObjects: true,
  });
  document.documentElement.lang = language;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
