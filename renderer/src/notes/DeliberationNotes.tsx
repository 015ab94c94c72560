import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliberationNote } from '../../../common/deliberation/records.ts';
import type { Member } from '../../../common/domain/types.ts';
import type { Result } from '../../../common/result.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { formatDateTime, memberName } from '../scoring/format.ts';
import { api } from '../transport.ts';
import { MarkdownText } from './MarkdownText.tsx';
import './notes.css';

const SECRETARIAT = 'secretariat';

/** Ctrl+Enter (⌘+Enter on a Mac) saves a note, as in the other text fields of the room. */
const isSaveKey = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey);

type Outcome = { ok: true } | { ok: false; message: string };

async function outcome(call: Promise<Result<unknown>>): Promise<Outcome> {
  const r = await call;
  return r.ok ? { ok: true } : { ok: false, message: errorMessage(r.error) };
}

/**
 * A dossier's deliberation notes, written in the room by the secretariat (issue 9): each with its author and time,
 * rendered from Markdown safely (MarkdownText), editable with its earlier versions in sight, removable after a
 * confirmation, until the session is locked (the core refuses then, and its message is shown). Nothing typed is lost:
 * a refused save leaves the text in its field beside the message. `readOnly` (the projector) shows the notes alone.
 */
export function DeliberationNotes({ dossier, readOnly = false }: { dossier: string; readOnly?: boolean }) {
  const { t, i18n } = useTranslation('notes');
  const notes = useApiQuery(queryKeys.notes(dossier), () => api.notesList({ dossier }));
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const lock = useApiQuery(queryKeys.lock(), () => api.lockGet({}), { enabled: !readOnly });
  const session = useApiQuery(queryKeys.session(), () => api.sessionInfo({}), { enabled: !readOnly });
  const locked = lock.data?.locked ?? false;
  const editable = !readOnly && !locked;
  const list = notes.data ?? [];

  return (
    <div className="deliberation-notes" data-testid="deliberation-notes">
      {notes.error ? <p role="alert">{notes.error}</p> : null}
      {notes.loading && !notes.data ? <p className="muted">{t('deliberation.loading')}</p> : null}
      {notes.data && list.length === 0 ? <p className="muted">{t('deliberation.none')}</p> : null}
      {list.length ? (
        <ol className="note-list" aria-label={t('deliberation.list')}>
          {list.map((note) => (
            <li key={note.id}>
              <NoteItem note={note} members={members.data ?? []} editable={editable} readOnly={readOnly} />
            </li>
          ))}
        </ol>
      ) : null}
      {!readOnly && locked ? <p className="muted">{t('deliberation.locked', { date: formatDateTime(lock.data?.lockedAt ?? null, i18n.language) })}</p> : null}
      {/* Keyed by dossier: what is typed for one dossier never lands on the next one shown. */}
      {readOnly ? null : <NewNote key={dossier} dossier={dossier} draftKey={session.data ? `comitia.notes.draft:${session.data.path}:${dossier}` : null} locked={locked} />}
    </div>
  );
}

function useAuthorName(members: readonly Member[]) {
  const { t } = useTranslation('notes');
  return (id: string | null) => (id === null || id === SECRETARIAT ? t('deliberation.secretariat') : memberName(members, id));
}

function NoteItem({ note, members, editable, readOnly }: { note: DeliberationNote; members: readonly Member[]; editable: boolean; readOnly: boolean }) {
  const { t, i18n } = useTranslation('notes');
  const lang = i18n.language;
  const authorName = useAuthorName(members);
  const [mode, setMode] = useState<'show' | 'edit' | 'confirmRemove'>('show');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = note.history.length > 0;

  const remove = async () => {
    setBusy(true);
    const r = await outcome(api.noteRemove({ id: note.id }));
    setBusy(false);
    // On success the change event takes the note off the list; a refusal (the lock) is said here.
    if (!r.ok) setError(r.message);
  };

  return (
    <article className="note" aria-label={t('deliberation.by', { who: authorName(note.author), date: formatDateTime(note.createdAt, lang) })}>
      <p className="note-meta muted">
        {t('deliberation.by', { who: authorName(note.author), date: formatDateTime(note.createdAt, lang) })}
        {edited ? <> · {t('deliberation.edited', { date: formatDateTime(note.updatedAt, lang) })}</> : null}
      </p>
      {mode === 'edit' ? (
        <EditNote
          note={note}
          onDone={() => {
            setMode('show');
            setError(null);
          }}
        />
      ) : (
        <MarkdownText source={note.text} className="note-text" />
      )}
      {edited && !readOnly ? (
        <details className="note-history">
          <summary>{t('deliberation.history', { count: note.history.length })}</summary>
          <ol>
            {[...note.history].reverse().map((v) => (
              <li key={v.version}>
                <p className="muted">{t('deliberation.version', { version: v.version, date: formatDateTime(v.editedAt, lang) })}</p>
                <MarkdownText source={v.text} className="note-text" />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {editable && mode === 'show' ? (
        <div className="note-actions">
          <button type="button" onClick={() => setMode('edit')}>
            {t('deliberation.edit')}
          </button>
          <button type="button" onClick={() => setMode('confirmRemove')}>
            {t('deliberation.remove')}
          </button>
        </div>
      ) : null}
      {mode === 'confirmRemove' ? (
        <div className="note-confirm" role="group" aria-label={t('deliberation.confirmRemove')}>
          <p>{t('deliberation.confirmRemove')}</p>
          <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
            {t('deliberation.confirmRemoveYes')}
          </button>
          <button
            type="button"
            onClick={() => {
              setMode('show');
              setError(null);
            }}
          >
            {t('deliberation.cancel')}
          </button>
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </article>
  );
}

/** The note's text in a field; a refused save keeps what was typed there, with the core's message. */
function EditNote({ note, onDone }: { note: DeliberationNote; onDone: () => void }) {
  const { t } = useTranslation('notes');
  const id = useId();
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    if (text === note.text) return onDone();
    setBusy(true);
    const r = await outcome(api.noteEdit({ id: note.id, text }));
    setBusy(false);
    if (r.ok) onDone();
    else setError(r.message);
  };

  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-text`}>{t('deliberation.editLabel')}</label>
      <textarea
        id={`${id}-text`}
        rows={5}
        value={text}
        // The field opens where the person clicked « Modifier »: typing starts at once.
        autoFocus
        aria-describedby={`${id}-help`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (isSaveKey(e)) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onDone();
          }
        }}
      />
      <p id={`${id}-help`} className="muted">
        {t('deliberation.editHelp')}
      </p>
      <div className="note-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('deliberation.saving') : t('deliberation.saveEdit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('deliberation.cancel')}
        </button>
      </div>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

/** A new note not yet saved, kept for this tab (sessionStorage) so that going to another page and back loses nothing. */
function readDraft(key: string | null): string {
  try {
    return key ? (sessionStorage.getItem(key) ?? '') : '';
  } catch {
    return '';
  }
}

function writeDraft(key: string | null, text: string): void {
  if (!key) return;
  try {
    if (text === '') sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, text);
  } catch {
    // Storage refused (private mode, quota): the text stays in the field for this visit.
  }
}

/**
 * The field for a new note, its draft kept per session and dossier until saved. Once the session is locked it goes,
 * unless it holds text not yet saved: that stays.
 */
function NewNote({ dossier, draftKey, locked }: { dossier: string; draftKey: string | null; locked: boolean }) {
  const { t } = useTranslation('notes');
  const id = useId();
  const [text, setTextState] = useState(() => readDraft(draftKey));
  const [restoredFor, setRestoredFor] = useState(draftKey);
  // The session's path arrives after the first render: the draft is read once it is known.
  if (restoredFor !== draftKey) {
    setRestoredFor(draftKey);
    if (text === '') setTextState(readDraft(draftKey));
  }
  const setText = (next: string) => {
    setTextState(next);
    writeDraft(draftKey, next);
  };
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    const r = await outcome(api.noteAdd({ dossier, text }));
    setBusy(false);
    if (r.ok) {
      setText('');
      setStatus({ ok: true, text: t('deliberation.added') });
    } else {
      // The text stays in the field: nothing typed is lost to a refusal.
      setStatus({ ok: false, text: r.message });
    }
  };

  if (locked && text === '') return null;
  return (
    <form
      className="note-form note-new"
      aria-label={t('deliberation.add')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-text`}>{t('deliberation.newNote')}</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        aria-describedby={`${id}-help`}
        aria-invalid={status && !status.ok ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (status?.ok) setStatus(null);
        }}
        onKeyDown={(e) => {
          if (isSaveKey(e)) {
            e.preventDefault();
            void save();
          }
        }}
      />
      <p id={`${id}-help`} className="muted">
        {t('deliberation.help')}
      </p>
      <div className="note-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('deliberation.saving') : t('deliberation.save')}
        </button>
        {status ? (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'error'}>
            {status.text}
          </p>
        ) : null}
      </div>
    </form>
  );
}
