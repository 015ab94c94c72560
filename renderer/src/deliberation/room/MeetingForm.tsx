/**
 * Creating or editing a meeting: date, times, place and kind (présentiel, visio, mixte). The core checks the fields;
 * a refusal shows beside the field it names.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '../../../../common/deliberation/records.ts';
import type { Language } from '../../../../common/domain/types.ts';
import type { AppErrorShape } from '../../../../common/result.ts';
import { api } from '../../transport.ts';
import { refusalPlaces, type RefusalPlaces } from './refusalPlaces.ts';

interface Draft {
  date: string;
  startsAt: string;
  endsAt: string;
  place: string;
  kind: MeetingKind;
}

const today = () => new Date().toISOString().slice(0, 10);
const draftOf = (m: Meeting | null): Draft => ({
  date: m?.date ?? today(),
  startsAt: m?.startsAt ?? '',
  endsAt: m?.endsAt ?? '',
  place: m?.place ?? '',
  kind: m?.kind ?? 'room',
});

export function MeetingForm({ meeting, onDone }: { meeting: Meeting | null; onDone: (saved: Meeting | null) => void }) {
  const { t, i18n } = useTranslation('room');
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting));
  const [refusal, setRefusal] = useState<RefusalPlaces | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const fields = {
      date: draft.date,
      startsAt: draft.startsAt || null,
      endsAt: draft.endsAt || null,
      place: draft.place.trim() || null,
      kind: draft.kind,
    };
    const r = meeting ? await api.meetingUpdate({ id: meeting.id, ...fields }) : await api.meetingCreate(fields);
    setBusy(false);
    if (!r.ok) return setRefusal(refusalPlaces(r.error as AppErrorShape, language));
    setRefusal(null);
    onDone(r.value);
  };

  const fieldError = (name: keyof Draft) => {
    const text = refusal?.fields.get(name);
    return text ? (
      <span className="field-error" id={`meeting-${name}-error`} role="alert">
        {text}
      </span>
    ) : null;
  };
  const described = (name: keyof Draft) => (refusal?.fields.has(name) ? { 'aria-describedby': `meeting-${name}-error`, 'aria-invalid': true } : {});

  return (
    <form className="meeting-form" onSubmit={(e) => void submit(e)} aria-label={meeting ? t('meetings.edit') : t('meetings.new')}>
      {refusal?.general ? <p role="alert" className="form-error">{refusal.general}</p> : null}
      <label>
        {t('meetings.date')}
        <input type="date" required value={draft.date} onChange={(e) => set('date', e.target.value)} {...described('date')} />
        {fieldError('date')}
      </label>
      <label>
        {t('meetings.startsAt')}
        <input type="time" value={draft.startsAt} onChange={(e) => set('startsAt', e.target.value)} {...described('startsAt')} />
        {fieldError('startsAt')}
      </label>
      <label>
        {t('meetings.endsAt')}
        <input type="time" value={draft.endsAt} onChange={(e) => set('endsAt', e.target.value)} {...described('endsAt')} />
        {fieldError('endsAt')}
      </label>
      <label>
        {t('meetings.place')}
        <input type="text" value={draft.place} onChange={(e) => set('place', e.target.value)} {...described('place')} />
        {fieldError('place')}
      </label>
      <label>
        {t('meetings.kind')}
        <select value={draft.kind} onChange={(e) => set('kind', e.target.value as MeetingKind)} {...described('kind')}>
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`meetings.kinds.${k}`)}
            </option>
          ))}
        </select>
        {fieldError('kind')}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {meeting ? t('meetings.save') : t('meetings.create')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('meetings.cancel')}
        </button>
      </div>
    </form>
  );
}
