import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../common/domain/types.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import * as scoring from '../scoring/i18n.ts';
import * as importing from '../import/i18n.ts';
import * as scoringSettings from '../scoring/settings/i18n.ts';
import * as minutes from '../minutes/i18n.ts';
import { messagesEn, messagesFr } from '../../../common/i18n/messages/index.ts';
import { MESSAGES_NAMESPACE } from '../../../common/i18n/translateMessage.ts';

/**
 * One i18next namespace per capability, each with its own fr/en files beside the feature
 * (e.g. `scoring/i18n.ts` exporting `{ fr, en }`); the default namespace `translation` holds the shell's texts.
 * A capability registers its namespace here with one line.
 */
const namespaces: Record<string, { fr: object; en: object }> = {
  translation: { fr, en },
  scoring,
  import: importing,
  scoringSettings,
  minutes,
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
