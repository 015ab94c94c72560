import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, SessionInfo } from '../../common/domain/types.ts';
import { DossiersArea } from './areas/DossiersArea.tsx';
import { FutureArea } from './areas/FutureArea.tsx';
import { MinutesArea } from './minutes/MinutesArea.tsx';
import { SettingsArea } from './areas/SettingsArea.tsx';
import { ScoringArea } from './scoring/ScoringArea.tsx';
import { switchLanguage } from './i18n/index.ts';
import { SessionBar } from './session/SessionBar.tsx';
import { api } from './transport.ts';
import { useApi } from './useApi.ts';

export const AREAS = ['dossiers', 'scoring', 'deliberation', 'minutes', 'settings'] as const;
export type Area = (typeof AREAS)[number];

function areaFromHash(): Area {
  const h = window.location.hash.replace('#/', '');
  return (AREAS as readonly string[]).includes(h) ? (h as Area) : 'dossiers';
}

export function App() {
  const { t, i18n } = useTranslation();
  const [area, setArea] = useState<Area>(areaFromHash);
  const session = useApi(() => api.sessionInfo({}), []);

  useEffect(() => {
    const onHash = () => setArea(areaFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const changeLanguage = async (language: Language) => {
    await switchLanguage(language);
    await api.settingsSet({ language });
  };

  const onSessionChanged = (_info: SessionInfo) => session.reload();
  const info = session.data;

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <SessionBar info={info} onChanged={onSessionChanged} />
        <div className="language" role="group" aria-label={t('language.label')}>
          {(['fr', 'en'] as const).map((lng) => (
            <button
              key={lng}
              type="button"
              lang={lng}
              aria-pressed={i18n.language === lng}
              onClick={() => void changeLanguage(lng)}
            >
              {lng.toUpperCase()}
              <span className="visually-hidden"> — {t(`language.${lng}`)}</span>
            </button>
          ))}
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {AREAS.map((a) => (
            <li key={a}>
              <a href={`#/${a}`} aria-current={a === area ? 'page' : undefined}>
                {t(`nav.${a}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main">
        {session.error ? <p role="alert">{session.error}</p> : null}
        {area === 'dossiers' && (
          <DossiersArea sessionKey={`${info?.path ?? ''}:${info?.dossiers ?? 0}`} onSessionChanged={session.reload} />
        )}
        {area === 'scoring' && <ScoringArea info={info} />}
        {area === 'deliberation' && <FutureArea area="deliberation" />}
        {area === 'minutes' && <MinutesArea sessionOpen={info !== null && info !== undefined} />}
        {area === 'settings' && <SettingsArea info={info} onLanguage={changeLanguage} />}
      </main>
    </div>
  );
}
