/**
 * The dossier under discussion: its name, rank and normalised value, key facts, and its recused members shown out
 * of the room with the times the core recorded when the room moved to it. Two slots are left for the parts that
 * join after this view: the decision (`renderDecision`, the decisions' panel) and the deliberation notes
 * (`renderNotes`); DeliberationArea mounts them.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, CurrentDossierView } from '../../../../common/deliberation/records.ts';
import type { Dossier, ReferenceLabels } from '../../../../common/domain/types.ts';
import type { RankingViewRow } from '../../../../common/scoring/views.ts';
import { formatNumber } from '../../scoring/format.ts';
import { DossierKeyFacts } from './DossierKeyFacts.tsx';

/**
 * The parts other views mount in the current dossier's panel, given the dossier's id and the meeting the room follows
 * (decisions are recorded for a meeting; its chair's override of the quorum is `useQuorumOverride(meeting)`).
 */
export interface CurrentDossierSlots {
  renderDecision?: (dossier: string, meeting: number) => ReactNode;
  renderNotes?: (dossier: string, meeting: number) => ReactNode;
}

export const clockTime = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** Who is out of the room for the dossier, in words: the recorded exits first, then recused members not attending. */
export function OutOfRoom({ view, item, memberName }: { view: CurrentDossierView; item: AgendaItem | null; memberName: (id: string) => string }) {
  const { t, i18n } = useTranslation('room');
  const exited = new Set(view.outOfRoom.map((x) => x.member));
  const notAttending = (item?.recused ?? []).filter((m) => !exited.has(m));
  if (view.outOfRoom.length === 0 && notAttending.length === 0) return <p className="muted">{t('current.nobodyOut')}</p>;
  return (
    <ul className="out-of-room" data-testid="out-of-room">
      {view.outOfRoom.map((x) => (
        <li key={`${x.member}-${x.leftAt}`} data-member={x.member}>
          {x.returnedAt
            ? t('current.outBetween', { name: memberName(x.member), from: clockTime(x.leftAt, i18n.language), to: clockTime(x.returnedAt, i18n.language) })
            : t('current.outSince', { name: memberName(x.member), time: clockTime(x.leftAt, i18n.language) })}
        </li>
      ))}
      {notAttending.map((m) => (
        <li key={m} data-member={m}>
          {t('current.recusedAbsent', { name: memberName(m) })}
        </li>
      ))}
    </ul>
  );
}

export function CurrentDossierPanel({
  view,
  dossier,
  item,
  row,
  labels,
  memberName,
  renderDecision,
  renderNotes,
}: {
  view: CurrentDossierView | null;
  dossier: Dossier | null;
  item: AgendaItem | null;
  row: RankingViewRow | null;
  labels: ReferenceLabels | null;
  memberName: (id: string) => string;
} & CurrentDossierSlots) {
  const { t, i18n } = useTranslation('room');
  return (
    <section className="room-card current-dossier" aria-labelledby="room-current-title" data-testid="current-dossier">
      <h3 id="room-current-title">{t('current.title')}</h3>
      {!view || view.dossier === null ? (
        <p>{t('current.none')}</p>
      ) : (
        <>
          <p className="current-name" data-testid="current-name">
            {dossier?.name ?? view.dossier} <span className="muted">({view.dossier})</span>
          </p>
          <p data-testid="current-rank">
            {row && row.rank !== null
              ? t('current.rank', { rank: row.rank, value: formatNumber(row.normalized, i18n.language, 2, true) })
              : t('current.unranked')}
          </p>
          {dossier ? <DossierKeyFacts dossier={dossier} labels={labels} /> : null}
          <h4>{t('current.outOfRoom')}</h4>
          <OutOfRoom view={view} item={item} memberName={memberName} />
          {/* Slot: the decisions' panel for this dossier (mounted by DeliberationArea once merged). */}
          {renderDecision ? <div className="current-slot current-decision">{renderDecision(view.dossier, view.meeting)}</div> : null}
          {/* Slot: the deliberation notes of this dossier. */}
          {renderNotes ? <div className="current-slot current-notes">{renderNotes(view.dossier, view.meeting)}</div> : null}
        </>
      )}
    </section>
  );
}
