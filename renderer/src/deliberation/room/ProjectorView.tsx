/**
 * The projector (`#/projecteur`, issue 9 « A projector view »): large, read-only, without the navigation, for the
 * room's screen or the shared screen of a videoconference. It shows the dossier under discussion — key facts, its
 * scores by criterion, who is out of the room, the deliberation notes — and the programme's targets
 * against the recorded decisions. It follows the secretariat: moving to a dossier announces `agenda`, which makes the
 * current dossier's query stale here (data/queryKeys.ts), whichever window or process moved; nothing polls.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { useReferenceLabels } from '../../dossiers/useReferenceLabels.ts';
import { formatNumber } from '../../scoring/format.ts';
import { MarkdownText } from '../../notes/MarkdownText.tsx';
import { api } from '../../transport.ts';
import { targetLabel } from '../targetText.ts';
import { useTargetsEvaluation } from '../useSelection.ts';
import { OutOfRoom } from './CurrentDossierPanel.tsx';
import { DossierKeyFacts } from './DossierKeyFacts.tsx';
import { roomKeys } from './roomKeys.ts';
import '../../scoring/scoring.css';
import './room.css';

export function ProjectorView({ meeting }: { meeting: number | null }) {
  const { t, i18n } = useTranslation('room');
  const lang = i18n.language;
  const meetings = useApiQuery(roomKeys.meetings(), () => api.meetingsList({}));
  // The meeting named in the address, else the latest (as the core reads an omitted meeting).
  const id = meeting ?? meetings.data?.at(-1)?.id ?? null;
  const current = useApiQuery(roomKeys.currentDossier(id ?? 0), () => api.currentDossierGet({ meeting: id }), { enabled: id !== null });
  const dossierId = current.data?.dossier ?? null;
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const grid = useApiQuery(queryKeys.grid(), () => api.gridGet({}));
  const ranking = useApiQuery(queryKeys.ranking(null), () => api.ranking({ viewer: null }));
  const agenda = useApiQuery(roomKeys.agenda(id ?? 0, 'manual'), () => api.agendaGet({ meeting: id, order: 'manual' }), { enabled: id !== null });
  const labels = useReferenceLabels();
  const scores = useApiQuery(queryKeys.dossierScores(dossierId ?? '', null), () => api.dossierScores({ dossier: dossierId ?? '', viewer: null }), { enabled: dossierId !== null });
  const notes = useApiQuery(roomKeys.notes(dossierId ?? ''), () => api.notesList({ dossier: dossierId ?? undefined }), { enabled: dossierId !== null });
  const targets = useTargetsEvaluation('decisions');

  const dossier = dossiers.data?.find((d) => d.id === dossierId) ?? null;
  const row = ranking.data?.ranking.find((r) => r.dossier === dossierId) ?? null;
  const item = agenda.data?.items.find((i) => i.dossier === dossierId) ?? null;
  const memberName = useMemo(() => {
    const names = new Map((members.data ?? []).map((m) => [m.id, m.name]));
    return (mid: string) => names.get(mid) ?? mid;
  }, [members.data]);
  const criterionLabel = (c: string) => grid.data?.criteria.find((x) => x.id === c)?.label ?? c;
  const ev = targets.data;

  return (
    <main className="projector" id="main" data-testid="projector" aria-live="polite">
      {meetings.data && id === null ? <h1>{t('projector.noMeeting')}</h1> : null}
      {id !== null && dossierId === null ? <h1>{current.data ? t('current.none') : t('projector.waiting')}</h1> : null}
      {dossierId !== null ? (
        <>
          <header className="projector-head">
            <h1 data-testid="projector-dossier">{dossier?.name ?? dossierId}</h1>
            <p className="projector-rank">
              {row && row.rank !== null ? t('current.rank', { rank: row.rank, value: formatNumber(row.normalized, lang, 2, true) }) : t('current.unranked')}
              {row?.rankRange ? <span className="muted"> · {t('agenda.range')} {t('agenda.rangeText', { best: row.rankRange[0], worst: row.rankRange[1] })}</span> : null}
              {row?.contested ? <span className="tag tag-alert">{t('agenda.contested')}</span> : null}
            </p>
          </header>
          <div className="projector-grid">
            <section aria-labelledby="projector-facts">
              <h2 id="projector-facts" className="visually-hidden">
                {t('current.title')}
              </h2>
              {dossier ? <DossierKeyFacts dossier={dossier} labels={labels} /> : null}
              <h2>{t('current.outOfRoom')}</h2>
              {current.data ? <OutOfRoom view={current.data} item={item} memberName={memberName} /> : null}
              <h2 id="projector-notes">{t('projector.notes')}</h2>
              {notes.data && notes.data.length ? (
                <ul className="projector-notes" data-testid="projector-notes">
                  {notes.data.map((n) => (
                    // Rendered as the notes' view renders them: Markdown without raw HTML (renderer/src/notes).
                    <li key={n.id}>
                      <MarkdownText source={n.text} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('projector.noNotes')}</p>
              )}
            </section>
            <section aria-labelledby="projector-scores">
              <h2 id="projector-scores">{t('projector.scores')}</h2>
              {scores.data ? (
                <table className="data-table projector-scores">
                  <thead>
                    <tr>
                      <th scope="col">{t('projector.criterion')}</th>
                      <th scope="col">{t('projector.mean')}</th>
                      <th scope="col">{t('projector.spread')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {scores.data.criteria.map((c) => (
                      <tr key={c.criterion}>
                        <th scope="row">{criterionLabel(c.criterion)}</th>
                        <td>{formatNumber(c.mean, lang)}</td>
                        <td>{formatNumber(c.spread, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">{t('projector.noScores')}</p>
              )}
              {ev ? (
                <section aria-labelledby="projector-targets" className="projector-targets">
                  <h2 id="projector-targets">{t('projector.targets')}</h2>
                  <p>{t('projector.targetsSummary', { met: ev.targets.filter((x) => x.met).length, total: ev.targets.length })}</p>
                  <ul className="projector-target-list">
                    {ev.targets.map((x) => (
                      <li key={x.id} className={x.met ? 'target-met' : 'target-unmet'}>
                        <span aria-hidden="true">{x.met ? '✔ ' : '✘ '}</span>
                        {targetLabel(x, lang)} — {x.met ? t('projector.met') : t('projector.notMet')}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </section>
          </div>
        </>
      ) : null}
    </main>
  );
}
