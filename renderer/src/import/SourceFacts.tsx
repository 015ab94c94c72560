import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter, type DelimiterChoice, type EncodingChoice, type ImportPreview } from '../../../common/import/types.ts';
import { formatSize } from './format.ts';
import { NotesList } from './ReportParts.tsx';

export const DELIMITER_KEYS: Record<CsvDelimiter, 'semicolon' | 'comma' | 'tab' | 'bar'> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
  '|': 'bar',
};

/** How the file was read, with the CSV overrides (encoding, separator) that read it again. */
export function SourceFacts({ preview, encoding, delimiter, onEncoding, onDelimiter, disabled }: {
  preview: ImportPreview;
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  onEncoding: (e: EncodingChoice) => void;
  onDelimiter: (d: DelimiterChoice) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation('import');
  const found = (d: string | null) => (d && d in DELIMITER_KEYS ? t(`delimiters.${DELIMITER_KEYS[d as CsvDelimiter]}`) : '?');
  return (
    <section aria-labelledby="import-source-title" className="import-card">
      <h2 id="import-source-title">{t('source.title')}</h2>
      <dl className="facts">
        <dt>{t('files.source')}</dt>
        <dd>
          {preview.fileName} ({formatSize(preview.fileSize, i18n.language)})
        </dd>
        <dt>{t('source.format')}</dt>
        <dd>{preview.format.toUpperCase()}</dd>
        <dt>{t('source.layout')}</dt>
        <dd>{t(`layouts.${preview.layout}`)}</dd>
        {preview.sheet ? (
          <>
            <dt>{t('source.sheet')}</dt>
            <dd>{preview.sheet}</dd>
          </>
        ) : null}
        <dt>{t('source.headerRow')}</dt>
        <dd>
          {preview.headerRow} · {t('source.rows', { count: preview.totalRows })}
        </dd>
      </dl>
      {preview.format === 'csv' ? (
        <div className="csv-overrides">
          <label htmlFor="import-encoding">{t('source.encoding')}</label>
          <select id="import-encoding" value={encoding} disabled={disabled} onChange={(e) => onEncoding(e.target.value as EncodingChoice)}>
            <option value="auto">{t('source.auto', { found: preview.encoding ? t(`encodings.${preview.encoding}`) : '?' })}</option>
            <option value="utf-8">{t('encodings.utf-8')}</option>
            <option value="windows-1252">{t('encodings.windows-1252')}</option>
          </select>
          <label htmlFor="import-delimiter">{t('source.delimiter')}</label>
          <select id="import-delimiter" value={delimiter} disabled={disabled} onChange={(e) => onDelimiter(e.target.value as DelimiterChoice)}>
            <option value="auto">{t('source.auto', { found: found(preview.delimiter) })}</option>
            {CSV_DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t(`delimiters.${DELIMITER_KEYS[d]}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {preview.sheets.length > 0 ? (
        <>
          <h3>{t('source.otherSheets')}</h3>
          <ul>
            {preview.sheets.map((s) => (
              <li key={s.name}>
                {s.name} — {t(`source.sheetKind.${s.kind}`)} · {t('source.rows', { count: s.rows })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.notes.length > 0 ? (
        <>
          <h3>{t('source.notes')}</h3>
          <NotesList notes={preview.notes} />
        </>
      ) : null}
    </section>
  );
}
