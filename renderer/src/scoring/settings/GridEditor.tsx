import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../../common/domain/types.ts';
import type { GridChangeLoss } from '../../../../common/scoring/records.ts';
import { api } from '../../transport.ts';
import { CriterionFields } from './CriterionFields.tsx';
import { EligibilityFields } from './EligibilityFields.tsx';
import { draftOf, emptyCriterion, gridFileOf, moved, type GridDraft } from './gridDraft.ts';
import { ScaleFields } from './ScaleFields.tsx';
import { TieBreakFields } from './TieBreakFields.tsx';
import type { RefusalView } from './fieldProblems.ts';
import { useRefusal } from './useRefusal.ts';
import { RefusalNotice } from './RefusalNotice.tsx';

const ACTOR = 'secretariat';

/**
 * The scoring grid editor: default scale, criteria (weights, scales, level descriptors), eligibility checks and
 * tie-break order. Saved as a whole; once scoring has started the core asks for confirmation, which is given here
 * in a dialog that names what the change would delete (the core says it), and recorded in the audit log. A refusal
 * lists every problem, each naming its field in words, and marks those fields.
 */
export function GridEditor({ grid, onSaved }: { grid: Grid; onSaved: (g: Grid) => void }) {
  const { t } = useTranslation('scoring');
  const wordRefusal = useRefusal();
  const [draft, setDraft] = useState<GridDraft>(() => draftOf(grid));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [refusal, setRefusal] = useState<RefusalView | null>(null);
  const [confirm, setConfirm] = useState<GridChangeLoss | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const dirty = useMemo(() => JSON.stringify(gridFileOf(draft)) !== JSON.stringify(gridFileOf(draftOf(grid))), [draft, grid]);
  const fields = refusal?.fields;

  const save = async (confirmed: boolean) => {
    const r = await api.gridSet({ grid: gridFileOf(draft), confirm: confirmed, actor: ACTOR });
    if (!r.ok) {
      if (r.error.code === 'grid.confirm_required') {
        setRefusal(null);
        setConfirm(r.error.details as GridChangeLoss);
        dialog.current?.showModal();
      } else {
        dialog.current?.close();
        setStatus(null);
        setRefusal(wordRefusal(r.error, 'gridRefused'));
      }
      return;
    }
    dialog.current?.close();
    setRefusal(null);
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
        <ScaleFields idPrefix="grid-scale" path="scale" fields={fields} scale={draft.scale} onChange={(scale) => setDraft({ ...draft, scale })} />
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
            fields={fields}
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
      <EligibilityFields checks={draft.eligibility} fields={fields} onChange={(eligibility) => setDraft({ ...draft, eligibility })} />
      <TieBreakFields rules={draft.tieBreak} criteria={draft.criteria} fields={fields} onChange={(tieBreak) => setDraft({ ...draft, tieBreak })} />
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
            setRefusal(null);
          }}
        >
          {t('gridEditor.revert')}
        </button>
        <p role="status" className={status?.ok === false ? 'error' : 'muted'}>
          {status?.text}
        </p>
      </div>
      {refusal ? <RefusalNotice id="grid-refusal" refusal={refusal} /> : null}
      <dialog ref={dialog} aria-labelledby="grid-confirm-title" onClose={() => setConfirm(null)}>
        <h2 id="grid-confirm-title">{t('gridEditor.confirmTitle')}</h2>
        {confirm ? <ConfirmLosses loss={confirm} /> : null}
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

/** What a confirmed change would delete, as the core counted it when it asked for the confirmation. */
function ConfirmLosses({ loss }: { loss: GridChangeLoss }) {
  const { t } = useTranslation('scoringSettings');
  const items = [
    ...loss.removedCriteria.map((c) => t('confirm.criterion', { label: c.label, count: c.scores })),
    ...loss.removedChecks.map((e) => t('confirm.check', { label: e.label, count: e.results })),
  ];
  return (
    <>
      <p>{t('confirm.started', { count: loss.scores })}</p>
      {items.length ? (
        <>
          <p className="error">{t('confirm.deletes')}</p>
          <ul className="confirm-losses">
            {items.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('confirm.deletesNothing')}</p>
      )}
    </>
  );
}
