/**
 * The selection in four charts (échelons, régions, partner countries, first-timers), each with a caption that says
 * what it shows and a toggle to the same figures as a table (scoring/charts/ChartFigure.tsx).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AgCharts } from 'ag-charts-react';
import { chartLocale } from '../chartLocale.ts';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { ECHELONS, type Dossier, type Echelon, type ReferenceLabels } from '../../../common/domain/types.ts';
import { hasFlag } from '../../../common/deliberation/targets.ts';
import { countryName } from '../dossiers/useReferenceLabels.ts';
import { ChartFigure } from '../scoring/charts/ChartFigure.tsx';
import { formatNumber } from '../scoring/format.ts';
import '../scoring/charts/registerCharts.ts';

interface Bar {
  key: string;
  label: string;
  n: number;
}

function CountChart({ title, caption, bars, testId }: { title: string; caption: string; bars: Bar[]; testId: string }) {
  const { t, i18n } = useTranslation('deliberation');
  const lang = i18n.language;
  const options = useMemo<AgCartesianChartOptions>(
    () => ({
      // The chart's own texts (empty chart, legends, accessible descriptions) in the interface's language.
      locale: chartLocale(lang),
      data: bars.map((b) => ({ label: b.label, n: b.n })),
      series: [{ type: 'bar', direction: 'horizontal', xKey: 'label', yKey: 'n', yName: t('charts.dossiers') }],
      axes: {
        x: { type: 'category', position: 'left' },
        // Counts of dossiers: whole ticks only (the axis picks how many fit).
        y: { type: 'number', position: 'bottom', label: { formatter: ({ value }: { value: number }) => (Number.isInteger(value) ? String(value) : '') } },
      },
      legend: { enabled: false },
      height: Math.max(160, 30 * bars.length + 70),
    }),
    [bars, t, lang],
  );
  return (
    <ChartFigure
      title={title}
      caption={caption}
      chart={bars.length ? <AgCharts options={options} /> : <p>{t('charts.empty')}</p>}
      table={
        <table className="data-table" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{t('charts.category')}</th>
              <th scope="col">{t('charts.dossiers')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.label}</th>
                <td>{b.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Counts by key, most frequent first (ties in label order). */
function tally(keys: string[], label: (k: string) => string): Bar[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, label: label(key), n })).sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}

export function SelectionCharts({ selected, labels }: { selected: Dossier[]; labels: ReferenceLabels }) {
  const { t, i18n } = useTranslation('deliberation');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const echelonName = (e: Echelon) => tc(`echelon.${e}`);

  const echelons: Bar[] = ECHELONS.map((e) => ({ key: e, label: echelonName(e), n: selected.filter((d) => d.echelon === e).length }));
  const missing = echelons.filter((b) => b.n === 0 && b.key !== 'autre').map((b) => b.label);
  const regions = tally(selected.flatMap((d) => (d.region ? [d.region] : [])), (r) => labels.regions[r] ?? r);
  const countries = tally(selected.flatMap((d) => d.countries), (c) => countryName(labels, c, lang));
  const first = selected.filter((d) => hasFlag(d, 'firstTime')).length;
  const firstTime: Bar[] = [
    { key: 'first', label: t('charts.firstTime'), n: first },
    { key: 'experienced', label: t('charts.experienced'), n: selected.length - first },
  ];

  return (
    <div className="selection-charts">
      <CountChart
        testId="chart-echelons"
        title={t('charts.echelonsTitle')}
        caption={t('charts.echelonsCaption', { missing: missing.length ? t('charts.echelonsMissing', { list: missing.join(', ') }) : t('charts.echelonsAll') })}
        bars={selected.length ? echelons : []}
      />
      <CountChart
        testId="chart-regions"
        title={t('charts.regionsTitle')}
        caption={regions.length ? t('charts.regionsCaption', { count: regions.length, top: regions[0]!.label, n: regions[0]!.n }) : t('charts.empty')}
        bars={regions}
      />
      <CountChart
        testId="chart-countries"
        title={t('charts.countriesTitle')}
        caption={countries.length ? t('charts.countriesCaption', { count: countries.length, top: countries[0]!.label, n: countries[0]!.n }) : t('charts.empty')}
        bars={countries.slice(0, 15)}
      />
      <CountChart
        testId="chart-first-time"
        title={t('charts.firstTimeTitle')}
        caption={
          selected.length
            ? t('charts.firstTimeCaption', { first, total: selected.length, percent: `${formatNumber((100 * first) / selected.length, lang, 1)} %` })
            : t('charts.empty')
        }
        bars={selected.length ? firstTime : []}
      />
    </div>
  );
}
