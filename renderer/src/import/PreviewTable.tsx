import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../common/import/types.ts';

const SHOWN = 5;

/** The first rows under the header, as read: text, never evaluated. Scrolls sideways for wide exports. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import');
  const rows = preview.rows.slice(0, SHOWN);
  return (
    <div className="import-card">
      <h2 id="import-preview-title">{t('preview.title')}</h2>
      {/* A scrolling region must be reachable by keyboard (WCAG 2.1.1): it takes focus and is named. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="import-preview-title">
        <table className="data-table wide">
          <caption className="muted">{t('preview.caption', { shown: rows.length, total: preview.totalRows })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('preview.row')}</th>
              {preview.headers.map((h, i) => (
                <th scope="col" key={`${i}-${h}`}>
                  <span className="cell-clip" title={h}>
                    {h}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row}>
                <th scope="row">{r.row}</th>
                {r.cells.map((c, i) => (
                  <td key={i}>
                    <span className="cell-clip" title={c}>
                      {c}
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
