import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import type { Agreement } from '../../../../common/scoring/agreement.ts';
import { chartLocale } from '../../chartLocale.ts';
import { formatNumber } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';
import { ChartFigure } from './ChartFigure.tsx';
import './registerCharts.ts';

const STATS = ['alpha', 'icc21', 'icc2k'] as const;

/** Agreement between members per criterion (and on the weighted total): alpha, ICC(2,1), ICC(2,k). */
export function AgreementChart({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;
  const { grid } = useScoring();
  const rows = useMemo(
    () => [
      ...agreement.criteria.map((c) => ({ ...c, label: grid.criteria.find((x) => x.id === c.criterion)?.label ?? c.criterion })),
      { ...agreement.total, criterion: '', label: t('charts.total') },
    ],
    [agreement, grid, t],
  );

  const options = useMemo<AgCartesianChartOptions>(
    () => ({
      data: rows.map((r) => ({ label: r.label, alpha: r.alpha, icc21: r.icc21, icc2k: r.icc2k })),
      series: STATS.map((s) => ({ type: 'bar' as const, direction: 'horizontal' as const, xKey: 'label', yKey: s, yName: t(`charts.${s}`) })),
      axes: {
        x: { type: 'category', position: 'left', label: { wrapping: 'on-space' } },
        y: { type: 'number', position: 'bottom', min: -0.2, max: 1 },
      },
      legend: { position: 'bottom' },
      locale: chartLocale(lang),
      height: Math.max(260, 70 * rows.length + 90),
    }),
    [rows, t, lang],
  );

  const rated = agreement.criteria.filter((c) => c.alpha !== null);
  const weakest = rated.length ? rated.reduce((a, b) => (b.alpha! < a.alpha! ? b : a)) : null;
  const caption = weakest
    ? t('charts.agreementCaption', {
        criterion: grid.criteria.find((c) => c.id === weakest.criterion)?.label ?? weakest.criterion,
        alpha: formatNumber(weakest.alpha, lang),
        total: formatNumber(agreement.total.alpha, lang),
      })
    : t('charts.notEnough');

  return (
    <ChartFigure
      title={t('charts.agreementTitle')}
      caption={
        <>
          {caption} <span className="muted">{t('charts.agreementHelp')}</span>
        </>
      }
      // Too few scores for any agreement figure: said in words, rather than axes and empty (or zero-length) bars.
      chart={weakest ? <AgCharts options={options} /> : <p className="chart-empty" data-testid="agreement-empty">{t('charts.notEnough')}</p>}
      table={
        <table className="data-table" data-testid="agreement-table">
          <thead>
            <tr>
              <th scope="col">{t('charts.criterion')}</th>
              {STATS.map((s) => (
                <th scope="col" key={s}>
                  {t(`charts.${s}`)}
                </th>
              ))}
              <th scope="col">{t('charts.units')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.criterion || 'total'}>
                <th scope="row">{r.label}</th>
                {STATS.map((s) => (
                  <td key={s}>{formatNumber(r[s], lang)}</td>
                ))}
                <td>{r.units}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
