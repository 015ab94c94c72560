import { useTranslation } from 'react-i18next';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { storedViewer } from '../scoring/viewerChoice.ts';
import { api } from '../transport.ts';
import { DeliberationNotes } from './DeliberationNotes.tsx';
import { ReadingNote } from './ReadingNote.tsx';

/**
 * The dossier page's notes: the room's deliberation notes, and, when a member uses this computer (the « Qui note ? »
 * choice of Notation, as the page's scores follow it), that member's own reading note. The secretariat sees none.
 */
export function DossierNotes({ dossier, dossierName }: { dossier: string; dossierName: string }) {
  const { t } = useTranslation('notes');
  const session = useApiQuery(queryKeys.session(), () => api.sessionInfo({}));
  const path = session.data?.path ?? null;
  const viewer = path ? storedViewer(path) : null;
  return (
    <>
      <section aria-labelledby="dossier-notes-title" className="page-card">
        <h2 id="dossier-notes-title">{t('deliberation.title')}</h2>
        <DeliberationNotes dossier={dossier} />
      </section>
      {viewer !== null ? (
        <section aria-labelledby="dossier-reading-title" className="page-card">
          <h2 id="dossier-reading-title">{t('reading.title')}</h2>
          <ReadingNote viewer={viewer} dossier={dossier} dossierName={dossierName} />
        </section>
      ) : null}
    </>
  );
}
