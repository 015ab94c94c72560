import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsSettings } from '../backups/BackupsSettings.tsx';
import type { Language, SessionInfo } from '../../../common/domain/types.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import type { SettingsSection } from '../routes.ts';
import { DeliberationRules } from '../deliberation/settings/DeliberationRules.tsx';
import { OfflineReview } from '../exchange/OfflineReview.tsx';
import { ScoringSettings } from '../scoring/settings/ScoringSettings.tsx';
import { api } from '../transport.ts';
import { sectionAnchor } from './settingsSections.ts';

/** Réglages: one page; its sub-pages (`#/reglages/grille`, `…/comite`) bring their part into view. */
export function SettingsArea({ info, section, onLanguage }: {
  info: SessionInfo | null;
  section: SettingsSection | null;
  onLanguage: (l: Language) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const settings = useApiQuery(queryKeys.settings(), () => api.settingsGet({}));

  useEffect(() => {
    if (section) document.getElementById(sectionAnchor(section))?.scrollIntoView({ block: 'start' });
  }, [section]);

  return (
    <section aria-labelledby="area-title" className="settings">
      <h1 id="area-title">{t('settings.title')}</h1>
      <h2 id={sectionAnchor('language')}>{t('settings.language')}</h2>
      <label htmlFor="language-select">{t('language.label')}</label>{' '}
      <select id="language-select" value={i18n.language} onChange={(e) => void onLanguage(e.target.value as Language)}>
        <option value="fr">{t('language.fr')}</option>
        <option value="en">{t('language.en')}</option>
      </select>
      <h2 id={sectionAnchor('session')}>{t('settings.session')}</h2>
      {info ? (
        <dl className="facts">
          <dt>{t('settings.path')}</dt>
          <dd>
            <code>{info.path}</code>
          </dd>
          <dt>{t('settings.schemaVersion')}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
      ) : (
        <p>{t('session.none')}</p>
      )}
      <h2>{t('settings.recent')}</h2>
      <ul>
        {settings.data?.recentSessions.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {/* Beside the session it copies, and above the scoring part, whose late content would push it off when scrolled to. */}
      <BackupsSettings info={info} />
      <ScoringSettings info={info} />
      <DeliberationRules info={info} />
      <OfflineReview info={info} />
    </section>
  );
}
