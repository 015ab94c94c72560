import { useTranslation } from 'react-i18next';
import { invalidProps } from './fieldProblems.ts';
import { emptyCheck, moved, type CheckDraft } from './gridDraft.ts';

/** The eligibility checks (yes/no, eliminatory): id, label, description. */
export function EligibilityFields({ checks, fields, onChange }: {
  checks: CheckDraft[];
  fields: ReadonlySet<string> | undefined;
  onChange: (c: CheckDraft[]) => void;
}) {
  const { t } = useTranslation('scoring');
  const set = (i: number, patch: Partial<CheckDraft>) => onChange(checks.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <fieldset className="checks-fields">
      <legend>{t('gridEditor.eligibility')}</legend>
      {checks.length === 0 ? <p className="muted">{t('gridEditor.noCheck')}</p> : null}
      {checks.map((c, i) => {
        const p = `check-${c.key}`;
        return (
          <div key={c.key} className="check-row">
            <span className="field">
              <label htmlFor={`${p}-id`}>{t('gridEditor.id')}</label>
              <input {...invalidProps(fields, `eligibility[${i}].id`)} id={`${p}-id`} size={12} value={c.id} onChange={(e) => set(i, { id: e.target.value })} />
            </span>
            <span className="field grow">
              <label htmlFor={`${p}-label`}>{t('gridEditor.label')}</label>
              <input {...invalidProps(fields, `eligibility[${i}].label`)} id={`${p}-label`} value={c.label} onChange={(e) => set(i, { label: e.target.value })} />
            </span>
            <span className="field grow">
              <label htmlFor={`${p}-description`}>{t('gridEditor.description')}</label>
              <input {...invalidProps(fields, `eligibility[${i}].description`)} id={`${p}-description`} value={c.description} onChange={(e) => set(i, { description: e.target.value })} />
            </span>
            <span className="row-actions">
              <button type="button" disabled={i === 0} onClick={() => onChange(moved(checks, i, -1))}>
                {t('gridEditor.up')}
                <span className="visually-hidden"> — {c.label}</span>
              </button>
              <button type="button" onClick={() => onChange(checks.filter((_, j) => j !== i))}>
                {t('gridEditor.remove')}
                <span className="visually-hidden"> — {c.label}</span>
              </button>
            </span>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...checks, emptyCheck()])}>
        {t('gridEditor.addCheck')}
      </button>
    </fieldset>
  );
}
