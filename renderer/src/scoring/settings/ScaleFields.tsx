import { useTranslation } from 'react-i18next';
import type { ScaleDraft } from './gridDraft.ts';

/** Minimum, maximum and step of a scale. */
export function ScaleFields({ idPrefix, scale, onChange }: { idPrefix: string; scale: ScaleDraft; onChange: (s: ScaleDraft) => void }) {
  const { t } = useTranslation('scoring');
  return (
    <div className="scale-fields">
      {(['min', 'max', 'step'] as const).map((k) => (
        <span key={k} className="field">
          <label htmlFor={`${idPrefix}-${k}`}>{t(`gridEditor.scale.${k}`)}</label>
          <input id={`${idPrefix}-${k}`} inputMode="decimal" size={5} value={scale[k]} onChange={(e) => onChange({ ...scale, [k]: e.target.value })} />
        </span>
      ))}
    </div>
  );
}
