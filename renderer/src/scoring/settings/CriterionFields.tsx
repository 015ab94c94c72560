import { useTranslation } from 'react-i18next';
import { invalidProps, touches } from './fieldProblems.ts';
import { levelKeys, type CriterionDraft, type ScaleDraft } from './gridDraft.ts';
import { ScaleFields } from './ScaleFields.tsx';

/** One criterion: id, label, section, description, weight, its own scale or the grid's, a descriptor per level. */
export function CriterionFields({ criterion, index, count, gridScale, fields, onChange, onMove, onRemove }: {
  criterion: CriterionDraft;
  index: number;
  count: number;
  gridScale: ScaleDraft;
  /** Field paths the last refusal named (`criteria[2].weight`…). */
  fields: ReadonlySet<string> | undefined;
  onChange: (c: CriterionDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('scoring');
  const c = criterion;
  const p = `criterion-${c.key}`;
  const set = (patch: Partial<CriterionDraft>) => onChange({ ...c, ...patch });
  const levels = levelKeys(c.ownScale ? c.scale : gridScale);
  const path = `criteria[${index}]`;
  const invalid = (field: string) => invalidProps(fields, `${path}.${field}`);
  return (
    <details className="criterion-fields" open={!c.id || touches(fields, path)}>
      <summary>
        <strong>{c.label || t('gridEditor.newCriterion')}</strong> <span className="muted">{c.id} · {t('gridEditor.weightShort', { weight: c.weight })}</span>
      </summary>
      <div className="field-grid">
        <label htmlFor={`${p}-id`}>{t('gridEditor.id')}</label>
        <input {...invalid('id')} id={`${p}-id`} value={c.id} required aria-describedby="grid-id-help" onChange={(e) => set({ id: e.target.value })} />
        <label htmlFor={`${p}-label`}>{t('gridEditor.label')}</label>
        <input {...invalid('label')} id={`${p}-label`} value={c.label} required onChange={(e) => set({ label: e.target.value })} />
        <label htmlFor={`${p}-section`}>{t('gridEditor.section')}</label>
        <input {...invalid('section')} id={`${p}-section`} value={c.section} onChange={(e) => set({ section: e.target.value })} />
        <label htmlFor={`${p}-description`}>{t('gridEditor.description')}</label>
        <textarea {...invalid('description')} id={`${p}-description`} rows={2} value={c.description} onChange={(e) => set({ description: e.target.value })} />
        <label htmlFor={`${p}-weight`}>{t('gridEditor.weight')}</label>
        <input {...invalid('weight')} id={`${p}-weight`} inputMode="decimal" size={5} value={c.weight} onChange={(e) => set({ weight: e.target.value })} />
      </div>
      <label className="inline">
        <input type="checkbox" checked={c.ownScale} onChange={(e) => set({ ownScale: e.target.checked, scale: e.target.checked ? c.scale : { ...gridScale } })} />
        {t('gridEditor.ownScale')}
      </label>
      {c.ownScale ? <ScaleFields idPrefix={`${p}-scale`} path={`${path}.scale`} fields={fields} scale={c.scale} onChange={(scale) => set({ scale })} /> : null}
      {levels.length ? (
        <fieldset className="levels-fields">
          <legend>{t('gridEditor.levels')}</legend>
          {levels.map((level) => (
            <div key={level} className="level-field">
              <label htmlFor={`${p}-level-${level}`}>{t('gridEditor.level', { level })}</label>
              <textarea {...invalid(`levels.${level}`)} id={`${p}-level-${level}`} rows={2} value={c.levels[level] ?? ''} onChange={(e) => set({ levels: { ...c.levels, [level]: e.target.value } })} />
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="row-actions">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('gridEditor.up')}
          <span className="visually-hidden"> — {c.label}</span>
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('gridEditor.down')}
          <span className="visually-hidden"> — {c.label}</span>
        </button>
        <button type="button" disabled={count === 1} onClick={onRemove}>
          {t('gridEditor.removeCriterion')}
          <span className="visually-hidden"> — {c.label}</span>
        </button>
      </div>
    </details>
  );
}
