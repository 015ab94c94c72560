import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../../common/domain/types.ts';
import { api } from '../../transport.ts';
import { CriterionFields } from './CriterionFields.tsx';
import { EligibilityFields } from './EligibilityFields.tsx';
import { draftOf, emptyCriterion, gridFileOf, moved, removedCriteria, type GridDraft } from './gridDraft.ts';
import { ScaleFields } from './ScaleFields.tsx';
import { TieBreakFields } from './TieBreakFields.tsx';
import { errorMessage } from '../../i18n/errorMessage.ts';

const ACTOR = 'secretariat';

/**
 * The scoring grid editor: default scale, criteria (weights, scales, level descriptors), eligibility checks and
 * tie-break order. Saved as a whole; once scoring has started the core asks for confirmation, which is given here
 * in a dialog that says what the change does, and recorded in the audit log.
 */
export function GridEditor({ grid, onSaved }: { grid: Grid; onSaved: (g: Grid) => void }) {
  const { t } = useTranslation('scoring');
  const [draft, setDraft] = useState<GridDraft>(() => draftOf(grid));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const dirty = useMemo(() => JSON.stringify(gridFileOf(draft)) !== JSON.stringify(gridFileOf(draftOf(grid))), [draft, grid]);
  const removed = removedCriteria(grid, draft);

  const save = async (confirmed: boolean) => {
    const r = await api.gridSet({ grid: gridFileOf(draft), confirm: confirmed, actor: ACTOR });
    if (!r.ok) {
      if (r.error.code === 'confirm_required') {
        setConfirm(errorMessage(r.error));
        dialog.current?.showModal();
      } else setStatus({ ok: false, text: errorMessage(r.error) });
      return;
    }
    dialog.current?.close();
    setStatus({
      ok: true,
      text: r.value.changed ? t('gridEditor.saved', { count: r.value.removedScores }) : t('gridEditor.unchanged'),
    });
    setDraft(draftOf(r.value.grid));
    onSaved(r.value.grid);
  };

  const setCriterion = (i: number, c: GridDraft['criteria'][number]) => setDraft({ ...draft, criteria: draft.criteria.map((x, j) => (j === i ? c : x)) });

  return (
    <form
      className="grid-editor"
      aria-labelledby="grid-editor-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <h3 id="grid-editor-title">{t('gridEditor.title')}</h3>
      <p id="grid-id-help" className="muted">
        {t('gridEditor.idHelp')}
      </p>
      <fieldset>
        <legend>{t('gridEditor.defaultScale')}</legend>
        <ScaleFields idPrefix="grid-scale" scale={draft.scale} onChange={(scale) => setDraft({ ...draft, scale })} />
      </fieldset>
      <fieldset className="criteria-fields">
        <legend>{t('gridEditor.criteria', { count: draft.criteria.length })}</legend>
        {draft.criteria.map((c, i) => (
          <CriterionFields
            key={c.key}
            criterion={c}
            index={i}
            count={draft.criteria.length}
            gridScale={draft.scale}
            onChange={(next) => setCriterion(i, next)}
            onMove={(by) => setDraft({ ...draft, criteria: moved(draft.criteria, i, by) })}
            onRemove={() =>
              setDraft({
                ...draft,
                criteria: draft.criteria.filter((_, j) => j !== i),
                tieBreak: draft.tieBreak.filter((r) => r !== `criterion:${c.id}`),
              })
            }
          />
        ))}
        <button type="button" onClick={() => setDraft({ ...draft, criteria: [...draft.criteria, emptyCriterion(draft.scale)] })}>
          {t('gridEditor.addCriterion')}
        </button>
      </fieldset>
      <EligibilityFields checks={draft.eligibility} onChange={(eligibility) => setDraft({ ...draft, eligibility })} />
      <TieBreakFields rules={draft.tieBreak} criteria={draft.criteria} onChange={(tieBreak) => setDraft({ ...draft, tieBreak })} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!dirty}>
          {t('gridEditor.save')}
        </button>
        <button
          type="button"
          disabled={!dirty}
          onClick={() => {
            setDraft(draftOf(grid));
            setStatus(null);
          }}
        >
          {t('gridEditor.revert')}
        </button>
        <p role="status" className={status?.ok === false ? 'error' : 'muted'}>
          {status?.text}
        </p>
      </div>
      <dialog ref={dialog} aria-labelledby="grid-confirm-title" onClose={() => setConfirm(null)}>
        <h2 id="grid-confirm-title">{t('gridEditor.confirmTitle')}</h2>
        <p>{confirm}</p>
        {removed.length ? <p className="error">{t('gridEditor.confirmRemoved', { criteria: removed.join(', ') })}</p> : null}
        <p>{t('gridEditor.confirmAudit')}</p>
        <div className="actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('gridEditor.cancel')}
          </button>
          <button type="button" className="primary" onClick={() => void save(true)}>
            {t('gridEditor.confirm')}
          </button>
        </div>
      </dialog>
    </form>
  );
}
