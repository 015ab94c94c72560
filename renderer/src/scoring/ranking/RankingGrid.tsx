import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import { themeQuartz, type ColDef, type CellKeyDownEvent, type GetRowIdParams, type GridApi, type RowClassRules } from 'ag-grid-community';
import { gridLocale } from '../../gridLocale.ts';
import { formatNumber } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';
import type { MovedRow } from './useRanking.ts';

const theme = themeQuartz.withParams({ fontFamily: 'inherit', headerFontWeight: 600 });
/** Beside the sheet: tighter cells, so that rank, name, normalised and raw fit in a side panel. */
const compactTheme = themeQuartz.withParams({ fontFamily: 'inherit', headerFontWeight: 600, cellHorizontalPaddingScale: 0.45, fontSize: 13, rowHeight: 32, headerHeight: 36 });

// Grid options passed as constants: a new object at each render makes AG Grid rebuild its columns.
const DEFAULT_COL: ColDef<RankingRow> = { sortable: true, resizable: true, suppressHeaderMenuButton: true, getQuickFilterText: () => '' };
const rowId = (p: GetRowIdParams<RankingRow>) => p.data.dossier;
const ROW_CLASSES: RowClassRules<RankingRow> = {
  'row-tied': (p) => !!p.data?.tied,
  'row-divergent': (p) => !!p.data?.divergent,
  'row-current': (p) => !!p.data?.current,
};

/** `range`: the rank range as shown, « 3–7 » (empty when not computed). */
export type RankingRow = MovedRow & { name: string; compared: boolean; current: boolean; range: string };

interface GridContext {
  toggleCompare: (dossier: string) => void;
  compareLabel: (name: string) => string;
}

function CompareCell(p: CustomCellRendererProps<RankingRow, boolean, GridContext>) {
  if (!p.data) return null;
  const row = p.data;
  return (
    <input type="checkbox" tabIndex={-1} checked={row.compared} aria-label={p.context.compareLabel(row.name)} onChange={() => p.context.toggleCompare(row.dossier)} />
  );
}

function RankCell(p: CustomCellRendererProps<RankingRow>) {
  const { t } = useTranslation('scoring');
  if (!p.data) return null;
  const { rank, moved } = p.data;
  return (
    <span className="rank-cell">
      <strong>{rank}</strong>
      {moved ? (
        <span key={`${rank}:${moved}`} className={moved > 0 ? 'move up' : 'move down'} title={t(moved > 0 ? 'ranking.movedUp' : 'ranking.movedDown', { count: Math.abs(moved) })}>
          <span aria-hidden="true">{moved > 0 ? '▲' : '▼'}{Math.abs(moved)}</span>
          <span className="visually-hidden">{t(moved > 0 ? 'ranking.movedUp' : 'ranking.movedDown', { count: Math.abs(moved) })}</span>
        </span>
      ) : null}
    </span>
  );
}

function FlagsCell(p: CustomCellRendererProps<RankingRow>) {
  const { t } = useTranslation('scoring');
  const { grid } = useScoring();
  if (!p.data) return null;
  const row = p.data;
  const rule = row.decidedBy;
  const ruleLabel = rule?.startsWith('criterion:')
    ? t('ranking.byCriterion', { label: grid.criteria.find((c) => `criterion:${c.id}` === rule)?.label ?? rule })
    : rule === 'deposited' ? t('ranking.byDeposit') : null;
  return (
    <span className="flags">
      {row.tied ? <span className="tag tag-warn">{t('ranking.tied')}</span> : null}
      {row.divergent ? <span className="tag tag-alert">{t('ranking.divergent')}</span> : null}
      {row.hidden ? <span className="tag tag-locked">{t('ranking.hidden')}</span> : null}
      {ruleLabel ? <span className="muted">{t('ranking.decidedBy', { rule: ruleLabel })}</span> : null}
    </span>
  );
}

/** « Rang possible »: the rank range, with « contesté » when it crosses the selection boundary (issue 9). */
function RangeCell(p: CustomCellRendererProps<RankingRow>) {
  const { t } = useTranslation('deliberation');
  if (!p.data) return null;
  return (
    <span className="rank-range">
      {p.data.range}
      {p.data.contested ? <span className="tag tag-warn" title={t('ranking.contestedTip')}>{t('ranking.contested')}</span> : null}
    </span>
  );
}

/**
 * The ranking table: full (every figure) or compact (beside the sheet). Space ticks a row for the comparison.
 * `follow` marks one dossier and keeps it in view as the ranking changes; `search` narrows the rows.
 */
export function RankingGrid({ rows, compact = false, follow = null, search = '' }: { rows: RankingRow[]; compact?: boolean; follow?: string | null; search?: string }) {
  const { t, i18n } = useTranslation('scoring');
  const { t: td } = useTranslation('deliberation');
  const lang = i18n.language;
  const { toggleBasket } = useScoring();
  const apiRef = useRef<GridApi<RankingRow> | null>(null);
  const [ready, setReady] = useState(false);

  // Keeps the followed dossier in view: when it changes, and each time AG Grid has applied a new ranking.
  const followRef = useRef(follow);
  followRef.current = follow;
  const reveal = useCallback(() => {
    // On the next frame: a grid that has just appeared has no height yet to scroll within.
    requestAnimationFrame(() => {
      const api = apiRef.current;
      const node = followRef.current && api && !api.isDestroyed() ? api.getRowNode(followRef.current) : undefined;
      if (!api || !node || node.rowTop === null || !node.rowHeight) return;
      // Already in view: left where it is. Scrolling it to the middle at every keystroke redraws the panel's rows
      // while the person waits for the ranking to change.
      const { top, bottom } = api.getVerticalPixelRange();
      if (node.rowTop >= top && node.rowTop + node.rowHeight <= bottom) return;
      api.ensureNodeVisible(node, 'middle');
    });
  }, []);
  useEffect(() => reveal(), [follow, ready, reveal]);

  const columns = useMemo<ColDef<RankingRow>[]>(() => {
    const figure = (colId: 'raw' | 'normalized' | 'median' | 'spread', width = 110): ColDef<RankingRow> => ({
      colId,
      headerName: compact && colId === 'normalized' ? t('ranking.col.normalizedShort') : t(`ranking.col.${colId}`),
      headerTooltip: t(`ranking.tip.${colId}`),
      valueGetter: (p) => p.data?.[colId] ?? null,
      valueFormatter: (p) => formatNumber(p.value as number | null, lang, 2, true),
      type: 'rightAligned',
      width,
    });
    const all: (ColDef<RankingRow> | false)[] = [
      !compact && { colId: 'compare', headerName: t('sheet.col.compare'), width: 112, sortable: false, cellRenderer: CompareCell },
      compact
        ? {
            // Beside the sheet, plain text (no React renderer per row): the panel scrolls to each dossier being scored.
            colId: 'rank',
            headerName: t('ranking.col.rank'),
            valueGetter: (p) => p.data?.rank,
            valueFormatter: (p) => {
              const moved = p.data?.moved;
              return moved ? `${p.value as number} ${moved > 0 ? '▲' : '▼'}${Math.abs(moved)}` : String(p.value ?? '');
            },
            cellClassRules: { 'rank-up': (p) => (p.data?.moved ?? 0) > 0, 'rank-down': (p) => (p.data?.moved ?? 0) < 0 },
            width: 64,
          }
        : { colId: 'rank', headerName: t('ranking.col.rank'), valueGetter: (p) => p.data?.rank, cellRenderer: RankCell, width: 96 },
      { colId: 'dossier', headerName: t('ranking.col.dossier'), valueGetter: (p) => p.data?.name ?? '', getQuickFilterText: (p) => `${p.data?.name ?? ''} ${p.data?.dossier ?? ''}`, flex: 2, minWidth: compact ? 100 : 240, tooltipValueGetter: (p) => p.data?.dossier },
      figure('normalized', compact ? 72 : 120),
      // Compact: the last column keeps clear of the vertical scrollbar, which AG Grid lays over the rows.
      compact ? { ...figure('raw', 84), cellClass: 'clear-scrollbar', headerClass: 'clear-scrollbar' } : figure('raw', 110),
      !compact && figure('median'),
      !compact && figure('spread'),
      !compact && { colId: 'scorers', headerName: t('ranking.col.scorers'), headerTooltip: t('ranking.tip.scorers'), valueGetter: (p) => p.data?.scorers, type: 'rightAligned', width: 100 },
      !compact && {
        colId: 'rankRange',
        headerName: td('ranking.rangeCol'),
        headerTooltip: td('ranking.rangeTip'),
        valueGetter: (p) => p.data?.rankRange?.[1] ?? null,
        getQuickFilterText: (p) => (p.data?.contested ? td('ranking.contested') : ''),
        cellRenderer: RangeCell,
        width: 150,
      },
      !compact && { colId: 'flags', headerName: t('ranking.col.flags'), cellRenderer: FlagsCell, flex: 2, minWidth: 220, sortable: false },
    ];
    return all.filter((c): c is ColDef<RankingRow> => c !== false);
  }, [t, td, lang, compact]);

  const context = useMemo<GridContext>(
    () => ({ toggleCompare: toggleBasket, compareLabel: (name) => t('compare.pick', { name }) }),
    [toggleBasket, t],
  );

  const onKey = (e: CellKeyDownEvent<RankingRow>) => {
    const event = e.event as KeyboardEvent | null;
    if (event?.key === ' ' && e.data) {
      event.preventDefault();
      toggleBasket(e.data.dossier);
    }
  };

  return (
    <AgGridReact<RankingRow>
      key={lang}
      theme={compact ? compactTheme : theme}
      rowData={rows}
      columnDefs={columns}
      context={context}
      defaultColDef={DEFAULT_COL}
      localeText={gridLocale(lang)}
      quickFilterText={search}
      getRowId={rowId}
      rowClassRules={ROW_CLASSES}
      onGridReady={(e) => {
        apiRef.current = e.api;
        setReady(true);
      }}
      onGridPreDestroyed={() => {
        apiRef.current = null;
      }}
      onRowDataUpdated={follow ? reveal : undefined}
      onGridSizeChanged={follow ? reveal : undefined}
      onCellKeyDown={onKey}
      tooltipShowDelay={400}
      // Beside the sheet the ranking changes at every score typed: rows jump to their place (the ▲▼ marks say who
      // moved) rather than slide, which would keep the panel repainting while the next score is typed.
      animateRows={!compact}
    />
  );
}
