import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its text alternative: a caption that says what the chart shows (and what it means), and a toggle
 * between the chart and the same figures as a table.
 */
export function ChartFigure({ title, caption, chart, table }: { title: string; caption: ReactNode; chart: ReactNode; table: ReactNode }) {
  const { t } = useTranslation('scoring');
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {t('charts.showTable')}
        </button>
      </div>
      <figcaption>{caption}</figcaption>
      {asTable ? <div className="table-scroll">{table}</div> : <div className="chart-box">{chart}</div>}
    </figure>
  );
}
