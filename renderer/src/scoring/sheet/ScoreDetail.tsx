import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleLevels } from '../../../../common/scoring/scale.ts';
import { formatDateTime, formatNumber, memberName } from '../format.ts';
import { SECRETARIAT, useScoring } from '../ScoringContext.ts';
import type { SheetGridRow } from './sheetModel.ts';

/**
 * The focused score: the criterion, its level descriptors (the chosen one marked), who typed it, and its comment.
 * The comment is saved when the field is left, on Enter (Shift+Enter for a new line) or Tab, which go back to the cell,
 * as Escape does (without saving).
 */
export function ScoreDetail({ row, criterionId, commentRef, onSaveComment, onBack }: {
  row: SheetGridRow | null;
  criterionId: string | null;
  commentRef: RefObject<HTMLTextAreaElement | null>;
  onSaveComment: (dossier: string, criterion: string, comment: string) => Promise<string | null>;
  onBack: () => void;
}) {
  const { t } = useTranslation('scoring');
  const { grid } = useScoring();
  const criterion = criterionId ? grid.criteria.find((c) => c.id === criterionId) : undefined;
  if (!row || !criterion) {
    return (
      <aside className="score-detail" aria-label={t('detail.title')} tabIndex={0}>
        <h2>{t('detail.title')}</h2>
        <p className="muted">{t('detail.hint')}</p>
      </aside>
    );
  }
  return (
    <aside className="score-detail" aria-label={t('detail.title')} tabIndex={0}>
      <h2>{criterion.label}</h2>
      <DetailBody key={`${row.id}:${criterion.id}`} row={row} criterionId={criterion.id} commentRef={commentRef} onSaveComment={onSaveComment} onBack={onBack} />
    </aside>
  );
}

function DetailBody({ row, criterionId, commentRef, onSaveComment, onBack }: {
  row: SheetGridRow;
  criterionId: string;
  commentRef: RefObject<HTMLTextAreaElement | null>;
  onSaveComment: (dossier: string, criterion: string, comment: string) => Promise<string | null>;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { grid, members } = useScoring();
  const criterion = grid.criteria.find((c) => c.id === criterionId)!;
  const scale = criterion.scale ?? grid.scale;
  const stored = row.scores[criterionId];
  const [text, setText] = useState(stored?.comment ?? '');
  const [status, setStatus] = useState('');
  /** What the file holds as far as this panel knows: Enter saves, then leaving the field must not save again. */
  const saved = useRef(stored?.comment ?? '');

  const save = async () => {
    // A value still on its way to the file can take a comment: the save waits its turn behind it (useSheet).
    if ((!stored && row.pending[criterionId] == null) || text.trim() === saved.current) return;
    const before = saved.current;
    saved.current = text.trim();
    const error = await onSaveComment(row.id, criterionId, text);
    if (error) saved.current = before;
    setStatus(error ?? t('detail.commentSaved'));
  };

  return (
    <>
      <p className="muted">
        {row.name} · {t('sheet.weight', { weight: formatNumber(criterion.weight, lang) })}
      </p>
      {criterion.description ? <p className="criterion-description">{criterion.description}</p> : null}
      <h3>{t('detail.levels')}</h3>
      <ol className="levels">
        {scaleLevels(scale).map((level) => {
          const descriptor = criterion.levels[String(level)];
          const chosen = stored?.value === level;
          return (
            <li key={level} className={chosen ? 'chosen' : undefined} aria-current={chosen ? 'true' : undefined}>
              <strong>{formatNumber(level, lang, 3)}</strong> {descriptor ?? ''}
            </li>
          );
        })}
      </ol>
      {stored ? (
        <p className="muted">
          {t('detail.enteredBy', {
            who: stored.enteredBy === SECRETARIAT ? t('who.secretariat') : memberName(members, stored.enteredBy),
            date: formatDateTime(stored.updatedAt, lang),
          })}
        </p>
      ) : null}
      <label htmlFor="score-comment">{t('detail.comment')}</label>
      <textarea
        id="score-comment"
        ref={commentRef}
        rows={4}
        value={text}
        disabled={!stored || row.recused}
        aria-describedby="score-comment-help"
        onChange={(e) => {
          setText(e.target.value);
          setStatus('');
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          // Enter and Tab go back to the cell at once, while the comment is on its way to the file: a digit typed
          // right after must score the cell, not land in the comment. (save() marks the text saved before it
          // awaits, so the blur that follows does not save it twice.)
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void save();
            onBack();
          } else if (e.key === 'Tab' && !e.shiftKey) {
            // Leaving the comment by Tab saves it and goes back to the note, not on to the next control of the page.
            e.preventDefault();
            void save();
            onBack();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setText(stored?.comment ?? '');
            onBack();
          }
        }}
      />
      <p id="score-comment-help" className="muted">
        {stored ? t('detail.commentHelp') : t('detail.commentNeedsScore')}
      </p>
      <p aria-live="polite" className="muted">
        {status}
      </p>
    </>
  );
}
