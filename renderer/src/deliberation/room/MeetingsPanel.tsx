/** The session's meetings: which one the room follows, and creating, editing or deleting one. */
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../common/deliberation/records.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { MeetingForm } from './MeetingForm.tsx';

export function meetingSummary(m: Meeting, t: TFunction<'room'>, language: string): string {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${m.date}T12:00:00`));
  const when = m.startsAt ? `${date}, ${m.startsAt}${m.endsAt ? `–${m.endsAt}` : ''}` : date;
  const kind = t(`meetings.kinds.${m.kind}`);
  return m.place ? t('meetings.summaryPlace', { date: when, kind, place: m.place }) : t('meetings.summary', { date: when, kind });
}

export function MeetingsPanel({ meetings, selected, onSelect }: { meetings: Meeting[]; selected: Meeting | null; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation('room');
  const [editing, setEditing] = useState<'new' | 'edit' | null>(meetings.length === 0 ? 'new' : null);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    if (!selected) return;
    const r = await api.meetingDelete({ id: selected.id });
    setError(r.ok ? null : errorMessage(r.error));
  };

  return (
    <section className="room-card meetings" aria-labelledby="room-meetings-title">
      <h3 id="room-meetings-title">{t('meetings.title')}</h3>
      {meetings.length === 0 && editing === null ? <p>{t('meetings.none')}</p> : null}
      {meetings.length > 0 ? (
        <div className="meeting-pick">
          <label>
            {t('meetings.current')}
            <select value={selected?.id ?? ''} onChange={(e) => onSelect(Number(e.target.value))} data-testid="meeting-select">
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {meetingSummary(m, t, i18n.language)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setEditing('new')} aria-expanded={editing === 'new'}>
            {t('meetings.new')}
          </button>
          <button type="button" onClick={() => setEditing('edit')} aria-expanded={editing === 'edit'} disabled={!selected}>
            {t('meetings.edit')}
          </button>
          <button type="button" onClick={() => void remove()} disabled={!selected}>
            {t('meetings.remove')}
          </button>
        </div>
      ) : null}
      {error ? <p role="alert" className="form-error">{error}</p> : null}
      {editing !== null ? (
        <MeetingForm
          key={editing === 'edit' ? `edit-${selected?.id}` : 'new'}
          meeting={editing === 'edit' ? selected : null}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onSelect(saved.id);
          }}
        />
      ) : null}
      {meetings.length === 0 && editing === null ? (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('meetings.new')}
        </button>
      ) : null}
    </section>
  );
}
