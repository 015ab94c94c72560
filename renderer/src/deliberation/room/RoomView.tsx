/**
 * « Séance » (`#/deliberation/seance`, issue 9 « Attendance and quorum », « Discussion order and the room »): the
 * meeting the room follows, its attendance and the quorum (the core's count, always in sight), the agenda and the
 * dossier under discussion. « Dossier suivant » is a button and one key (N or Page Down outside a text field). Every
 * part reads the cache and follows the change events, so the projector and other windows stay in step.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaOrder } from '../../../../common/deliberation/records.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { useReferenceLabels } from '../../dossiers/useReferenceLabels.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';
import { api } from '../../transport.ts';
import { AgendaPanel } from './AgendaPanel.tsx';
import { isNextDossierKey, nextDossier } from './agendaMoves.ts';
import { AttendanceSheet } from './AttendanceSheet.tsx';
import { CurrentDossierPanel, type CurrentDossierSlots } from './CurrentDossierPanel.tsx';
import { MeetingsPanel } from './MeetingsPanel.tsx';
import { openProjector } from './openProjector.ts';
import { QuorumBanner } from './QuorumBanner.tsx';
import { roomKeys } from './roomKeys.ts';
import './room.css';

export function RoomView(slots: CurrentDossierSlots) {
  const { t } = useTranslation('room');
  const meetings = useApiQuery(roomKeys.meetings(), () => api.meetingsList({}));
  const [picked, setPicked] = useState<number | null>(null);
  const list = meetings.data ?? [];
  // The meeting chosen here, else the latest one (the core's default too).
  const meeting = list.find((m) => m.id === picked) ?? list.at(-1) ?? null;
  const id = meeting?.id ?? null;
  const enabled = id !== null;

  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const ranking = useApiQuery(queryKeys.ranking(null), () => api.ranking({ viewer: null }));
  const settings = useApiQuery(roomKeys.settings(), () => api.deliberationSettingsGet({}));
  const labels = useReferenceLabels();
  const attendance = useApiQuery(roomKeys.attendance(id ?? 0), () => api.attendanceGet({ meeting: id }), { enabled });
  const [order, setOrder] = useState<AgendaOrder>('manual');
  const agenda = useApiQuery(roomKeys.agenda(id ?? 0, order), () => api.agendaGet({ meeting: id, order }), { enabled, keepPrevious: true });
  const current = useApiQuery(roomKeys.currentDossier(id ?? 0), () => api.currentDossierGet({ meeting: id }), { enabled });
  const [moveError, setMoveError] = useState<string | null>(null);
  const [projectorError, setProjectorError] = useState<string | null>(null);

  const memberName = useMemo(() => {
    const names = new Map((members.data ?? []).map((m) => [m.id, m.name]));
    return (mid: string) => names.get(mid) ?? mid;
  }, [members.data]);
  const dossierById = useMemo(() => new Map((dossiers.data ?? []).map((d) => [d.id, d])), [dossiers.data]);
  const rows = useMemo(() => new Map((ranking.data?.ranking ?? []).map((r) => [r.dossier, r])), [ranking.data]);

  const sequence = (agenda.data?.items ?? []).map((i) => i.dossier);
  const currentId = current.data?.dossier ?? null;
  const next = nextDossier(sequence, currentId);

  const moveTo = async (dossier: string | null) => {
    if (id === null || dossier === null) return;
    const r = await api.currentDossierSet({ meeting: id, dossier });
    setMoveError(r.ok ? null : errorMessage(r.error));
  };

  // One key moves the room on: the latest `next` is read through a ref, so the listener is added once.
  const goNext = useRef<() => void>(() => {});
  goNext.current = () => void moveTo(next);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const press = { key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, target: e.target as HTMLElement | null };
      if (e.defaultPrevented || !isNextDossierKey(press)) return;
      e.preventDefault();
      goNext.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const project = async () => {
    const r = await openProjector(id);
    setProjectorError(r.ok ? null : r.error ? errorMessage(r.error) : t('projector.openFailed'));
  };

  const item = agenda.data?.items.find((i) => i.dossier === currentId) ?? null;
  const error = meetings.error ?? attendance.error ?? agenda.error ?? current.error ?? null;

  return (
    <div className="room-view">
      <div className="room-sticky">
        <QuorumBanner meeting={id} quorum={attendance.data?.quorum ?? null} />
        <button type="button" onClick={() => void project()} className="projector-open">
          {t('projector.open')}
        </button>
      </div>
      {projectorError ? <p role="alert">{projectorError}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {meetings.data ? <MeetingsPanel meetings={list} selected={meeting} onSelect={setPicked} /> : <p aria-live="polite">{t('loading')}</p>}
      {meeting && attendance.data && members.data && settings.data ? (
        <AttendanceSheet key={meeting.id} view={attendance.data} members={members.data} votingRoles={settings.data.quorum.votingRoles} />
      ) : null}
      {meeting ? (
        <div className="room-columns">
          <AgendaPanel
            agenda={agenda.data}
            order={order}
            onOrder={setOrder}
            current={currentId}
            onPick={(d) => void moveTo(d)}
            onNext={() => void moveTo(next)}
            hasNext={next !== null}
            dossierName={(d) => dossierById.get(d)?.name ?? d}
            memberName={memberName}
            ranking={rows}
          />
          <div>
            {moveError ? <p role="alert">{moveError}</p> : null}
            <CurrentDossierPanel
              view={current.data}
              dossier={currentId ? dossierById.get(currentId) ?? null : null}
              item={item}
              row={currentId ? rows.get(currentId) ?? null : null}
              labels={labels}
              memberName={memberName}
              {...slots}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
