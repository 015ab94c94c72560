/**
 * The meeting's agenda: the order proposed by the core (saved, by rank, contested first, grouped by conflicts) with
 * how many room exits each costs; moves by hand (saved at once through `agendaSet`); the dossier under discussion
 * marked `aria-current`, a click on a dossier makes it current.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_ORDERS, type AgendaOrder, type AgendaView } from '../../../../common/deliberation/records.ts';
import type { RankingViewRow } from '../../../../common/scoring/views.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { moveDossier } from './agendaMoves.ts';

export interface AgendaPanelProps {
  agenda: AgendaView | null;
  order: AgendaOrder;
  onOrder: (order: AgendaOrder) => void;
  current: string | null;
  onPick: (dossier: string) => void;
  onNext: () => void;
  hasNext: boolean;
  dossierName: (id: string) => string;
  memberName: (id: string) => string;
  ranking: ReadonlyMap<string, RankingViewRow>;
}

export function AgendaPanel({ agenda, order, onOrder, current, onPick, onNext, hasNext, dossierName, memberName, ranking }: AgendaPanelProps) {
  const { t } = useTranslation('room');
  const [error, setError] = useState<string | null>(null);
  // The move button to keep focused once the row has moved (a re-ordered row is re-inserted, which drops focus).
  const refocus = useRef<string | null>(null);
  const table = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!refocus.current) return;
    const button = table.current?.querySelector<HTMLButtonElement>(`button[data-move="${CSS.escape(refocus.current)}"]`);
    if (button && !button.disabled) button.focus();
    refocus.current = null;
  });

  // The dossier the room moves to stays in sight in the agenda's list.
  useEffect(() => {
    if (!current) return;
    table.current?.querySelector(`tr[data-dossier="${CSS.escape(current)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const save = async (dossiers: string[]) => {
    if (!agenda) return;
    const r = await api.agendaSet({ meeting: agenda.meeting, dossiers });
    setError(r.ok ? null : errorMessage(r.error));
    if (r.ok) onOrder('manual');
  };
  const move = (dossier: string, by: -1 | 1) => {
    if (!agenda) return;
    refocus.current = `${dossier}:${by}`;
    void save(moveDossier(agenda.items.map((i) => i.dossier), dossier, by));
  };

  const items = agenda?.items ?? [];
  return (
    <section className="room-card agenda" aria-labelledby="room-agenda-title">
      <h3 id="room-agenda-title">{t('agenda.title')}</h3>
      <div className="agenda-bar">
        <label>
          {t('agenda.order')}
          <select value={order} onChange={(e) => onOrder(e.target.value as AgendaOrder)} data-testid="agenda-order">
            {AGENDA_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`agenda.orders.${o}`)}
              </option>
            ))}
          </select>
        </label>
        {order !== 'manual' && agenda ? (
          <button type="button" onClick={() => void save(items.map((i) => i.dossier))}>
            {t('agenda.apply')}
          </button>
        ) : null}
        {agenda ? <span className="muted">{t('agenda.roomExits', { count: agenda.roomExits })}</span> : null}
        <span className="spacer" />
        <button type="button" className="primary" onClick={onNext} disabled={!hasNext} aria-keyshortcuts="N PageDown" data-testid="next-dossier">
          {t('agenda.next')} <span className="muted key-hint">({t('agenda.nextHint')})</span>
        </button>
      </div>
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      <div className="agenda-scroll">
        <table className="data-table agenda-table" data-testid="agenda-table" ref={table}>
          <thead>
            <tr>
              <th scope="col">{t('agenda.position')}</th>
              <th scope="col">{t('agenda.dossier')}</th>
              <th scope="col">{t('agenda.rank')}</th>
              <th scope="col">{t('agenda.range')}</th>
              <th scope="col">{t('agenda.recused')}</th>
              <th scope="col">{t('agenda.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => {
              const row = ranking.get(item.dossier);
              const name = dossierName(item.dossier);
              const isCurrent = item.dossier === current;
              return (
                <tr key={item.dossier} data-dossier={item.dossier} aria-current={isCurrent ? 'true' : undefined} className={isCurrent ? 'agenda-current' : undefined}>
                  <td>{item.position}</td>
                  <th scope="row">
                    <button type="button" className="link dossier-pick" onClick={() => onPick(item.dossier)}>
                      {name}
                    </button>
                    {isCurrent ? <span className="tag tag-current">{t('agenda.current')}</span> : null}
                  </th>
                  <td>{item.rank ?? t('agenda.unranked')}</td>
                  <td className="rank-range">
                    {row?.rankRange ? t('agenda.rangeText', { best: row.rankRange[0], worst: row.rankRange[1] }) : t('agenda.unranked')}
                    {row?.contested ? <span className="tag tag-alert">{t('agenda.contested')}</span> : null}
                    {item.divergent ? <span className="tag">{t('agenda.divergent')}</span> : null}
                  </td>
                  <td>{item.recused.map(memberName).join(', ')}</td>
                  <td className="move-buttons">
                    <button type="button" data-move={`${item.dossier}:-1`} aria-label={t('agenda.up', { name })} disabled={i === 0} onClick={() => move(item.dossier, -1)}>
                      ↑
                    </button>
                    <button type="button" data-move={`${item.dossier}:1`} aria-label={t('agenda.down', { name })} disabled={i === items.length - 1} onClick={() => move(item.dossier, 1)}>
                      ↓
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
