import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/domain/types.ts';
import { DossiersArea } from './areas/DossiersArea.tsx';
import { StorageBanners } from './backups/StorageBanners.tsx';
import { NotFound } from './areas/NotFound.tsx';
import { queryKeys } from './data/queryKeys.ts';
import { useApiQuery } from './data/useApiQuery.ts';
import { switchLanguage } from './i18n/index.ts';
import { navigate, useRouteMatch } from './router.tsx';
import { AREAS, hrefOf, routes } from './routes.ts';
import { MemberModeBanner } from './exchange/MemberModeBanner.tsx';
import { SessionBar } from './session/SessionBar.tsx';
import { api } from './transport.ts';

// Loaded when first opened, so that the first screen (Dossiers) downloads and parses only what it shows.
const ScoringArea = lazy(() => import('./scoring/ScoringArea.tsx').then((m) => ({ default: m.ScoringArea })));
const SettingsArea = lazy(() => import('./areas/SettingsArea.tsx').then((m) => ({ default: m.SettingsArea })));
const DeliberationArea = lazy(() => import('./deliberation/DeliberationArea.tsx').then((m) => ({ default: m.DeliberationArea })));
const ProjectorView = lazy(() => import('./deliberation/room/ProjectorView.tsx').then((m) => ({ default: m.ProjectorView })));
const MinutesArea = lazy(() => import('./minutes/MinutesArea.tsx').then((m) => ({ default: m.MinutesArea })));

export function App() {
  const { t, i18n } = useTranslation();
  const match = useRouteMatch();
  const session = useApiQuery(queryKeys.session(), () => api.sessionInfo({}));

  useEffect(() => {
    // An older address (or none): replaced by the current one, so that Back does not bounce on it.
    if (match.kind === 'moved') navigate(match.to, { replace: true });
  }, [match]);

  const changeLanguage = async (language: Language) => {
    await switchLanguage(language);
    await api.settingsSet({ language });
  };

  const info = session.data;
  const route = match.kind === 'page' ? match.route : null;

  // The room's projector stands alone: no header, no navigation (deliberation/room/ProjectorView.tsx).
  if (route?.area === 'projector') {
    return (
      <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
        <ProjectorView meeting={route.meeting} />
      </Suspense>
    );
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <SessionBar info={info} onChanged={session.reload} />
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
      <StorageBanners info={info ?? null} />
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {AREAS.map((a) => (
            <li key={a}>
              <a href={hrefOf(routes.area(a))} aria-current={a === route?.area ? 'page' : undefined}>
                {t(`nav.${a}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main" id="main">
        <MemberModeBanner sessionOpen={info !== null && info !== undefined} />
        {session.error ? <p role="alert">{session.error}</p> : null}
        {match.kind === 'notFound' ? <NotFound path={match.path} /> : null}
        {route?.area === 'dossiers' && <DossiersArea route={route} />}
        <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
          {route?.area === 'scoring' && <ScoringArea info={info} tab={route.tab} />}
          {route?.area === 'deliberation' && <DeliberationArea view={route.view} />}
          {route?.area === 'minutes' && <MinutesArea sessionOpen={info !== null && info !== undefined} />}
          {route?.area === 'settings' && <SettingsArea info={info} section={route.section} onLanguage={changeLanguage} />}
        </Suspense>
      </main>
    </div>
  );
}
