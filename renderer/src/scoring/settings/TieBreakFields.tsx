import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidProps } from './fieldProblems.ts';
import { moved, type CriterionDraft } from './gridDraft.ts';

/** The tie-break rules, in the order they apply: `criterion:<id>` (higher mean first) or `deposited` (earlier first). */
export function TieBreakFields({ rules, criteria, fields, onChange }: {
  rules: string[];
  criteria: CriterionDraft[];
  fields: ReadonlySet<string> | undefined;
  onChange: (r: string[]) => void;
}) {
  const { t } = useTranslation('scoring');
  const [choice, setChoice] = useState('');
  const label = (rule: string) => {
    if (rule === 'deposited') return t('gridEditor.ruleDeposited');
    const id = rule.replace(/^criterion:/, '');
    return t('gridEditor.ruleCriterion', { label: criteria.find((c) => c.id === id)?.label ?? id });
  };
  const available = [...criteria.filter((c) => c.id).map((c) => `criterion:${c.id}`), 'deposited'].filter((r) => !rules.includes(r));
  return (
    <fieldset className="tiebreak-fields">
      <legend>{t('gridEditor.tieBreak')}</legend>
      <p className="muted">{t('gridEditor.tieBreakHelp')}</p>
      <ol>
        {rules.map((rule, i) => (
          <li key={rule}>
            <span {...invalidProps(fields, `tieBreak[${i}]`)}>{label(rule)}</span>
            <span className="row-actions">
              <button type="button" disabled={i === 0} onClick={() => onChange(moved(rules, i, -1))}>
                {t('gridEditor.up')}
                <span className="visually-hidden"> — {label(rule)}</span>
              </button>
              <button type="button" disabled={i === rules.length - 1} onClick={() => onChange(moved(rules, i, 1))}>
                {t('gridEditor.down')}
                <span className="visually-hidden"> — {label(rule)}</span>
              </button>
              <button type="button" onClick={() => onChange(rules.filter((r) => r !== rule))}>
                {t('gridEditor.remove')}
                <span className="visually-hidden"> — {label(rule)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="form-row">
        <label htmlFor="tiebreak-add">{t('gridEditor.addRule')}</label>
        <select id="tiebreak-add" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('compare.choose')}</option>
          {available.map((r) => (
            <option key={r} value={r}>
              {label(r)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!choice}
          onClick={() => {
            onChange([...rules, choice]);
            setChoice('');
          }}
        >
          {t('compare.addButton')}
        </button>
      </div>
    </fieldset>
  );
}
