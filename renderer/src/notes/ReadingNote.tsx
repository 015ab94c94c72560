import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { api } from '../transport.ts';
import './notes.css';

/**
 * A member's own reading note on a dossier (issue 9): the core gives it to its author only, so this is shown only
 * when a member is the viewer (the secretariat, `viewer` null, sees none). Saved when the field is left and on
 * Ctrl+Enter, with a status; a refused save keeps the text in the field with the message. In the sheet, `onBack`
 * returns to the grid (Ctrl+Enter, Escape), as the comment field does.
 */
export function ReadingNote({ viewer, dossier, dossierName, onBack }: { viewer: string | null; dossier: string; dossierName: string; onBack?: () => void }) {
  if (viewer === null) return null;
  return <ReadingNoteField key={`${viewer}:${dossier}`} viewer={viewer} dossier={dossier} dossierName={dossierName} onBack={onBack} />;
}

/** The reading note in the sheet's side panel, on the focused dossier. */
export function SheetReadingNote(props: { viewer: string | null; dossier: string; dossierName: string; onBack: () => void }) {
  const { t } = useTranslation('notes');
  if (props.viewer === null) return null;
  return (
    <aside className="sheet-reading-note" aria-label={t('reading.title')}>
      <ReadingNote {...props} />
    </aside>
  );
}

function ReadingNoteField({ viewer, dossier, dossierName, onBack }: { viewer: string; dossier: string; dossierName: string; onBack?: (() => void) | undefined }) {
  const { t } = useTranslation('notes');
  const loaded = useApiQuery(queryKeys.readingNotes(viewer, dossier), () => api.readingNotesGet({ viewer, dossier }));
  if (loaded.error) return <p role="alert">{loaded.error}</p>;
  if (!loaded.data) return <p className="muted">{t('reading.loading')}</p>;
  return <ReadingNoteEditor viewer={viewer} dossier={dossier} dossierName={dossierName} initial={loaded.data[0]?.text ?? ''} onBack={onBack} />;
}

type Status = { kind: 'saving' | 'saved' | 'removed' | 'unsaved' } | { kind: 'error'; message: string };

function ReadingNoteEditor({ viewer, dossier, dossierName, initial, onBack }: {
  viewer: string;
  dossier: string;
  dossierName: string;
  initial: string;
  onBack?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation('notes');
  const id = useId();
  // The field is the text's home once loaded: a refetch after this field's own save does not type over it.
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<Status | null>(null);
  const [savedAt, setSavedAt] = useState<string>('');
  /** What the file holds as far as this field knows, so that leaving it after Ctrl+Enter does not save twice. */
  const saved = useRef(initial);

  const save = async () => {
    if (text === saved.current) return;
    const before = saved.current;
    saved.current = text;
    setStatus({ kind: 'saving' });
    const r = await api.readingNoteSet({ viewer, dossier, text });
    if (r.ok) {
      // The time the core recorded (the note is gone from the list when its text was emptied: then, now).
      const at = r.value.find((n) => n.dossier === dossier)?.updatedAt ?? new Date().toISOString();
      setSavedAt(new Date(at).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { hour: '2-digit', minute: '2-digit' }));
      setStatus({ kind: text.trim() === '' ? 'removed' : 'saved' });
    } else {
      saved.current = before;
      setStatus({ kind: 'error', message: errorMessage(r.error) });
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
      onBack?.();
    } else if (e.key === 'Escape' && onBack) {
      // Back to the grid; the blur that follows saves what was typed (nothing is thrown away).
      e.preventDefault();
      onBack();
    }
  };

  const statusText =
    status === null
      ? ''
      : status.kind === 'error'
        ? status.message
        : status.kind === 'saved'
          ? t('reading.saved', { time: savedAt })
          : t(`reading.${status.kind}`);

  return (
    <div className="reading-note" data-testid="reading-note">
      <label htmlFor={`${id}-text`}>{t('reading.label', { dossier: dossierName })}</label>
      <textarea
        id={`${id}-text`}
        rows={onBack ? 3 : 4}
        value={text}
        aria-describedby={`${id}-help ${id}-status`}
        aria-invalid={status?.kind === 'error' ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (status?.kind !== 'error') setStatus(e.target.value === saved.current ? null : { kind: 'unsaved' });
        }}
        onBlur={() => void save()}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} role={status?.kind === 'error' ? 'alert' : 'status'} className={status?.kind === 'error' ? 'error' : 'muted'}>
        {statusText}
      </p>
      <p id={`${id}-help`} className="muted reading-help">
        {onBack ? t('reading.sheetHelp') : t('reading.help')}
      </p>
    </div>
  );
}
