/**
 * The meeting's attendance sheet: each member present, represented (by whom), excused or absent, with arrival and
 * departure times, and the guests who sit without a vote. Edited here, saved whole (`attendanceSet`); the core checks
 * the proxies and a refusal shows on the member's line. The quorum is the core's (QuorumBanner).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Guest } from '../../../../common/deliberation/quorum.ts';
import type { AttendanceView } from '../../../../common/deliberation/records.ts';
import type { Language, Member } from '../../../../common/domain/types.ts';
import { api } from '../../transport.ts';
import { refusalPlaces, type RefusalPlaces } from './refusalPlaces.ts';

interface Line {
  member: string;
  status: AttendanceStatus;
  by: string;
  arrivedAt: string;
  leftAt: string;
}

function linesOf(view: AttendanceView, members: readonly Member[]): Line[] {
  const byMember = new Map(view.entries.map((e) => [e.member, e]));
  return members.map((m) => {
    const e = byMember.get(m.id);
    // A member left off the sheet is absent (common/deliberation/quorum.ts).
    return { member: m.id, status: e?.status ?? 'absent', by: e?.by ?? '', arrivedAt: e?.arrivedAt ?? '', leftAt: e?.leftAt ?? '' };
  });
}

export function AttendanceSheet({ view, members, votingRoles }: { view: AttendanceView; members: Member[]; votingRoles: readonly string[] }) {
  const { t, i18n } = useTranslation('room');
  const { t: ts } = useTranslation('scoring');
  const language: Language = i18n.language === 'en' ? 'en' : 'fr';
  const fromServer = useMemo(() => ({ lines: linesOf(view, members), guests: view.guests }), [view, members]);
  const [lines, setLines] = useState<Line[]>(fromServer.lines);
  const [guests, setGuests] = useState<Guest[]>(fromServer.guests);
  const [dirty, setDirty] = useState(false);
  const [refusal, setRefusal] = useState<RefusalPlaces | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [guestName, setGuestName] = useState('');
  const [guestInstitution, setGuestInstitution] = useState('');
  // Open until a sheet is recorded; then folded, so the agenda and the dossier come first (the banner keeps the quorum).
  const [open, setOpen] = useState(view.entries.length === 0);
  const counts = view.quorum;

  // What another window or process saved replaces the sheet, unless this one has changes of its own.
  useEffect(() => {
    if (dirty) return;
    setLines(fromServer.lines);
    setGuests(fromServer.guests);
  }, [fromServer, dirty]);

  const edit = (member: string, patch: Partial<Line>) => {
    setLines((ls) => ls.map((l) => (l.member === member ? { ...l, ...patch } : l)));
    setDirty(true);
    setSaved(false);
  };

  const save = async () => {
    setBusy(true);
    const entries = lines.map((l) => ({
      member: l.member,
      status: l.status,
      by: l.status === 'represented' ? l.by || null : null,
      arrivedAt: l.arrivedAt || null,
      leftAt: l.leftAt || null,
    }));
    const r = await api.attendanceSet({ meeting: view.meeting.id, entries, guests });
    setBusy(false);
    if (!r.ok) {
      setRefusal(refusalPlaces(r.error, language, entries.map((e) => e.member)));
      return;
    }
    setRefusal(null);
    setDirty(false);
    setSaved(true);
  };

  const addGuest = () => {
    if (!guestName.trim()) return;
    setGuests((g) => [...g, { name: guestName.trim(), institution: guestInstitution.trim() || null }]);
    setGuestName('');
    setGuestInstitution('');
    setDirty(true);
    setSaved(false);
  };
  const removeGuest = (index: number) => {
    setGuests((g) => g.filter((_, i) => i !== index));
    setDirty(true);
    setSaved(false);
  };

  return (
    <details className="room-card attendance" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 id="room-attendance-title">{t('attendance.title')}</h3>
        <span className="muted">
          {' '}
          {t('attendance.counts', { present: counts.present + counts.nonVotingPresent, represented: counts.represented, excused: counts.excused, absent: counts.absent, guests: counts.guests })}
        </span>
      </summary>
      {refusal?.general ? <p role="alert" className="form-error">{refusal.general}</p> : null}
      <table className="data-table attendance-table" data-testid="attendance-table">
        <thead>
          <tr>
            <th scope="col">{t('attendance.member')}</th>
            <th scope="col">{t('attendance.status')}</th>
            <th scope="col">{t('attendance.by')}</th>
            <th scope="col">{t('attendance.arrivedAt')}</th>
            <th scope="col">{t('attendance.leftAt')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const m = members.find((x) => x.id === l.member)!;
            const problem = refusal?.members.get(l.member);
            const errorId = `attendance-${l.member}-error`;
            const invalid = problem ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
            return (
              <tr key={l.member} data-member={l.member} className={problem ? 'row-refused' : undefined}>
                <th scope="row">
                  {m.name}
                  <span className="muted">
                    {' '}
                    · {ts(`role.${m.role}`)}
                    {votingRoles.includes(m.role) ? '' : ` · ${t('attendance.noVote')}`}
                  </span>
                  {problem ? (
                    <span className="field-error" id={errorId} role="alert">
                      {problem}
                    </span>
                  ) : null}
                </th>
                <td>
                  <select
                    aria-label={t('attendance.statusLabel', { name: m.name })}
                    value={l.status}
                    onChange={(e) => edit(l.member, { status: e.target.value as AttendanceStatus })}
                    {...invalid}
                  >
                    {ATTENDANCE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`attendance.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {l.status === 'represented' ? (
                    <select aria-label={t('attendance.byLabel', { name: m.name })} value={l.by} onChange={(e) => edit(l.member, { by: e.target.value })} {...invalid}>
                      <option value="">{t('attendance.byNone')}</option>
                      {members
                        .filter((x) => x.id !== l.member)
                        .map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.name}
                          </option>
                        ))}
                    </select>
                  ) : null}
                </td>
                <td>
                  <input type="time" aria-label={t('attendance.arrivedLabel', { name: m.name })} value={l.arrivedAt} onChange={(e) => edit(l.member, { arrivedAt: e.target.value })} />
                </td>
                <td>
                  <input type="time" aria-label={t('attendance.leftLabel', { name: m.name })} value={l.leftAt} onChange={(e) => edit(l.member, { leftAt: e.target.value })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>{t('attendance.guests')}</h4>
      {guests.length === 0 ? <p className="muted">{t('attendance.noGuests')}</p> : null}
      <ul className="guests" data-testid="guests">
        {guests.map((g, i) => (
          <li key={`${g.name}-${i}`}>
            {g.name}
            {g.institution ? <span className="muted"> · {g.institution}</span> : null}
            {refusal?.fields.get(`guests[${i}].name`) ? <span className="field-error" role="alert">{refusal.fields.get(`guests[${i}].name`)}</span> : null}{' '}
            <button type="button" className="link" onClick={() => removeGuest(i)}>
              {t('attendance.removeGuest', { name: g.name })}
            </button>
          </li>
        ))}
      </ul>
      <div className="guest-add">
        <label>
          {t('attendance.guestName')}
          <input type="text" value={guestName} onChange={(e) => setGuestName(e.target.value)} />
        </label>
        <label>
          {t('attendance.guestInstitution')}
          <input type="text" value={guestInstitution} onChange={(e) => setGuestInstitution(e.target.value)} />
        </label>
        <button type="button" onClick={addGuest} disabled={!guestName.trim()}>
          {t('attendance.addGuest')}
        </button>
      </div>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={busy || !dirty}>
          {t('attendance.save')}
        </button>
        <span aria-live="polite" className="muted">
          {dirty ? t('attendance.unsaved') : saved ? t('attendance.saved') : ''}
        </span>
      </div>
    </details>
  );
}
