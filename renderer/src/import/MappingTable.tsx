import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from '../../../common/import/fields.ts';
import type { ImportPreview, SavedMapping } from '../../../common/import/types.ts';
import { applySavedMapping, examples, type MappingProblems } from './mappingChecks.ts';

/**
 * One row per column of the file: an example value, the dossier field it fills (a select; "keep as an additional
 * field" by default for unknown columns), and where the proposal came from (saved mapping, recognised, unknown).
 */
export function MappingTable({ preview, mapping, onChange, saved, problems, disabled }: {
  preview: ImportPreview;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  saved: SavedMapping[];
  problems: MappingProblems;
  disabled: boolean;
}) {
  const { t } = useTranslation('import');
  const [onlyUnknown, setOnlyUnknown] = useState(false);
  const [savedChoice, setSavedChoice] = useState('');
  const sample = useMemo(() => examples(preview.headers, preview.rows), [preview]);
  const unknown = preview.headers.filter((h) => preview.mappingSource[h] === 'none');
  const touched = (h: string) => (mapping[h] ?? null) !== (preview.mapping[h] ?? null);
  const origin = (h: string) => (touched(h) ? 'user' : (preview.mappingSource[h] ?? 'none'));
  const fieldOptions = useMemo(
    () => [...MAPPABLE_FIELDS].sort((a, b) => t(`fields.${a}`).localeCompare(t(`fields.${b}`), 'fr')),
    [t],
  );

  return (
    <div className="import-card">
      <h2 id="import-mapping-title">{t('mapping.columns')}</h2>
      <p>{t('mapping.help')}</p>
      <p className="muted">
        {preview.savedMappingName ? t('mapping.savedProposed', { name: preview.savedMappingName }) : t('mapping.noneSaved')}{' '}
        {t('mapping.unknownCount', { count: unknown.length })}
      </p>
      <div className="mapping-tools">
        {saved.length > 0 ? (
          <>
            <label htmlFor="import-saved-mapping">{t('mapping.applySaved')}</label>
            <select id="import-saved-mapping" value={savedChoice} disabled={disabled} onChange={(e) => setSavedChoice(e.target.value)}>
              <option value="">{t('mapping.choose')}</option>
              {saved.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              disabled={disabled || !savedChoice}
              onClick={() => {
                const m = saved.find((s) => s.name === savedChoice);
                if (m) onChange(applySavedMapping(preview.headers, mapping, m.mapping));
              }}
            >
              {t('mapping.apply')}
            </button>
          </>
        ) : null}
        <label className="inline">
          <input type="checkbox" checked={onlyUnknown} onChange={(e) => setOnlyUnknown(e.target.checked)} /> {t('mapping.onlyUnknown')}
        </label>
      </div>
      {problems.duplicates.length > 0 || problems.missingId ? (
        <ul className="problems" role="alert">
          {problems.missingId ? <li>{t('mapping.noId')}</li> : null}
          {problems.duplicates.map((d) => (
            <li key={d.field}>
              {t('mapping.duplicate', { field: t(`fields.${d.field}`), columns: d.columns.map((c) => `« ${c} »`).join(', ') })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="table-scroll tall" tabIndex={0} role="region" aria-labelledby="import-mapping-title">
        <table className="data-table mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('mapping.column')}</th>
              <th scope="col">{t('mapping.example')}</th>
              <th scope="col">{t('mapping.field')}</th>
              <th scope="col">{t('mapping.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.headers.map((h, i) =>
              onlyUnknown && preview.mappingSource[h] !== 'none' ? null : (
                <tr key={`${i}-${h}`} className={preview.mappingSource[h] === 'none' ? 'unknown-column' : undefined}>
                  <th scope="row">{h}</th>
                  <td className="example">{sample[i]}</td>
                  <td>
                    <select
                      aria-label={t('mapping.fieldFor', { column: h })}
                      value={mapping[h] ?? ''}
                      disabled={disabled}
                      onChange={(e) => onChange({ ...mapping, [h]: (e.target.value || null) as MappableField | null })}
                    >
                      <option value="">{t('mapping.keep')}</option>
                      {fieldOptions.map((f) => (
                        <option key={f} value={f}>
                          {t(`fields.${f}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <span className={`origin origin-${origin(h)}`}>{t(`mapping.sources.${origin(h)}`)}</span>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
