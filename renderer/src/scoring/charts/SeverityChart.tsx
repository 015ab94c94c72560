import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { chartLocale } from '../../chartLocale.ts';
import { formatNumber } from '../format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { extremes, type Distribution } from './distribution.ts';
import './registerCharts.ts';

/** Each member's scores by value, as shares of their own scores, one bar per member: severity at a glance. */
export function SeverityChart({ distribution }: { distribution: Distribution }) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { values, members, overallMean } = distribution;
  const ends = extremes(distribution);

  const options = useMemo<AgCartesianChartOptions>(
    () => ({
      data: members.map((m) => ({ name: m.name, ...Object.fromEntries(m.counts.map((c, i) => [`v${i}`, c])) })),
      series: values.map((v, i) => ({
        type: 'bar' as const,
        direction: 'horizontal' as const,
        xKey: 'name',
        yKey: `v${i}`,
        yName: t('charts.scoreValue', { value: formatNumber(v, lang, 3) }),
        stacked: true,
        normalizedTo: 100,
      })),
      axes: {
        x: { type: 'category', position: 'left' },
        y: { type: 'number', position: 'bottom', label: { formatter: ({ value }: { value: number }) => `${value} %` } },
      },
      legend: { position: 'bottom' },
      locale: chartLocale(lang),
      height: Math.max(220, 48 * members.length + 90),
    }),
    [members, values, t, lang],
  );

  const caption = ends
    ? t('charts.severityCaption', {
        severe: ends.severe.name,
        severeMean: formatNumber(ends.severe.meanScore, lang),
        lenient: ends.lenient.name,
        lenientMean: formatNumber(ends.lenient.meanScore, lang),
        mean: formatNumber(overallMean, lang),
      })
    : t('charts.notEnough');

  return (
    <ChartFigure
      title={t('charts.severityTitle')}
      caption={caption}
      chart={members.length ? <AgCharts options={options} /> : <p>{t('charts.notEnough')}</p>}
      table={
        <table className="data-table" data-testid="severity-table">
          <thead>
            <tr>
              <th scope="col">{t('charts.member')}</th>
              {values.map((v) => (
                <th scope="col" key={v}>
                  {t('charts.scoreValue', { value: formatNumber(v, lang, 3) })}
                </th>
              ))}
              <th scope="col">{t('charts.scores')}</th>
              <th scope="col">{t('charts.meanScore')}</th>
              <th scope="col">{t('charts.meanTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.member}>
                <th scope="row">{m.name}</th>
                {m.counts.map((c, i) => (
                  <td key={values[i]}>{c}</td>
                ))}
                <td>{m.scores}</td>
                <td>{formatNumber(m.meanScore, lang)}</td>
                <td>{formatNumber(m.meanTotal, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
