import { useTranslation } from 'react-i18next';
import { invalidProps } from './fieldProblems.ts';
import type { ScaleDraft } from './gridDraft.ts';

/** Minimum, maximum and step of a scale; `path` is where the core names it (`scale`, `criteria[2].scale`). */
export function ScaleFields({ idPrefix, path, fields, scale, onChange }: {
  idPrefix: string;
  path: string;
  fields: ReadonlySet<string> | undefined;
  scale: ScaleDraft;
  onChange: (s: ScaleDraft) => void;
}) {
  const { t } = useTranslation('scoring');
  return (
    <div className="scale-fields">
      {(['min', 'max', 'step'] as const).map((k) => (
        <span key={k} className="field">
          <label htmlFor={`${idPrefix}-${k}`}>{t(`gridEditor.scale.${k}`)}</label>
          <input
            id={`${idPrefix}-${k}`}
            inputMode="decimal"
            size={5}
            value={scale[k]}
            {...invalidProps(fields, `${path}.${k}`)}
            onChange={(e) => onChange({ ...scale, [k]: e.target.value })}
          />
        </span>
      ))}
    </div>
  );
}
