import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, ReferenceLabels } from '../../../common/domain/types.ts';
import { api } from '../transport.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { hrefOf, routes } from '../routes.ts';
import { DossierAttachments } from './DossierAttachments.tsx';
import { DossierAvis } from './DossierAvis.tsx';
import { DossierFacts } from './DossierFacts.tsx';
import { DossierHistory } from './DossierHistory.tsx';
import { DossierScores } from './DossierScores.tsx';
import { listOrder, neighbours } from './listOrder.ts';
import { DossierWarnings } from './DossierWarnings.tsx';
import './dossiers.css';

// The notes bring the Markdown renderer (markdown-it): loaded with the first dossier page, not with the first screen.
const DossierNotes = lazy(() => import('../notes/DossierNotes.tsx').then((m) => ({ default: m.DossierNotes })));

/**
 * One dossier, whole: warnings (with the "changed after scoring" mark and its acknowledgement), fields, additional
 * fields, expert opinions, change history, and its attachments beside them, the PDFs shown in the page.
 */
export function DossierPage({ id, labels }: { id: string; labels: ReferenceLabels }) {
  const { t } = useTranslation();
  const dossier = useApiQuery(queryKeys.dossier(id), () => api.dossierGet({ id }));
  const history = useApiQuery(queryKeys.dossierPart(id, 'history'), () => api.dossierHistory({ id }));
  const avis = useApiQuery(queryKeys.dossierPart(id, 'avis'), () => api.dossierAvis({ id }));
  const attachments = useApiQuery(queryKeys.dossierPart(id, 'attachments'), () => api.dossierAttachments({ id }));
  const d = dossier.data;
  const list = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  // Previous and next in the list as it was last shown (filters, sort); else in the session's order.
  const order = listOrder() ?? (list.data ?? []).map((x) => x.id);
  const { previous, next } = neighbours(order, id);
  const nameOf = (other: string) => list.data?.find((x) => x.id === other)?.name ?? other;

  // The acknowledgement's change event refetches the dossier and its history; this only saves the wait for it.
  const changed = (_next: Dossier) => {
    dossier.reload();
    history.reload();
  };

  return (
    <article className="dossier-page" aria-labelledby="area-title">
      <nav className="dossier-page-nav" aria-label={t('dossier.neighbours')}>
        <a href={hrefOf(routes.dossierList)}>← {t('dossier.back')}</a>
        <span className="dossier-page-steps">
          {previous ? (
            <a href={hrefOf(routes.dossier(previous))} rel="prev" title={nameOf(previous)}>
              ‹ {t('dossier.previous')}
            </a>
          ) : null}
          {next ? (
            <a href={hrefOf(routes.dossier(next))} rel="next" title={nameOf(next)}>
              {t('dossier.next')} ›
            </a>
          ) : null}
        </span>
      </nav>
      {dossier.error ? (
        <>
          <h1 id="area-title">{t('dossier.detail')}</h1>
          <p role="alert">{dossier.error}</p>
        </>
      ) : null}
      {dossier.loading && !d ? <p className="muted">{t('common.loading')}</p> : null}
      {d ? (
        <>
          <header className="dossier-page-head">
            <h1 id="area-title">{d.name}</h1>
            <p className="muted">
              {t('dossiers.col.id')} {d.id} · {t(`echelon.${d.echelon}`)} · {t(`state.${d.state}`)}
            </p>
          </header>
          <div className="dossier-page-body">
            <div className="dossier-page-main">
              <DossierWarnings dossier={d} onChanged={changed} headingLevel={2} />
              <DossierScores id={d.id} />
              <Suspense fallback={null}>
                <DossierNotes dossier={d.id} dossierName={d.name} />
              </Suspense>
              <section aria-labelledby="dossier-fields-title" className="page-card">
                <h2 id="dossier-fields-title">{t('dossier.fields')}</h2>
                <DossierFacts dossier={d} labels={labels} />
              </section>
              <section aria-labelledby="dossier-avis-title" className="page-card">
                <h2 id="dossier-avis-title">{t('dossier.avis')}</h2>
                {avis.data ? <DossierAvis avis={avis.data} /> : avis.error ? <p role="alert">{avis.error}</p> : null}
              </section>
              <section aria-labelledby="dossier-history-title" className="page-card">
                <h2 id="dossier-history-title">{t('dossier.history')}</h2>
                {history.data ? <DossierHistory entries={history.data} /> : history.error ? <p role="alert">{history.error}</p> : null}
              </section>
            </div>
            <section aria-labelledby="dossier-attachments-title" className="page-card dossier-page-files">
              <h2 id="dossier-attachments-title">
                {t('dossier.attachments')} ({attachments.data?.length ?? d.attachments})
              </h2>
              {attachments.data ? (
                <DossierAttachments attachments={attachments.data} />
              ) : attachments.error ? (
                <p role="alert">{attachments.error}</p>
              ) : null}
            </section>
          </div>
        </>
      ) : null}
    </article>
  );
}
