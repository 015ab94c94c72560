import { memo, useCallback, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import { themeQuartz, type CellFocusedEvent, type CellPosition, type GridReadyEvent, type GetRowIdParams, type RowClassRules, type CellEditRequestEvent, type CellKeyDownEvent, type ColDef, type ColGroupDef, type GridApi, type SuppressKeyboardEventParams, type TabToNextCellParams } from 'ag-grid-community';
import { gridLocale } from '../../gridLocale.ts';
import type { Grid } from '../../../../common/domain/types.ts';
import { formatNumber } from '../format.ts';
import { cellValue, type SheetGridRow } from './sheetModel.ts';

const theme = themeQuartz.withParams({ fontFamily: 'inherit', headerFontWeight: 600 });

// Grid options passed as constants: a new object at each render makes AG Grid rebuild its columns or row classes.
const DEFAULT_COL: ColDef<SheetGridRow> = { sortable: true, resizable: true, suppressHeaderMenuButton: true, getQuickFilterText: () => '' };
const ROW_CLASSES: RowClassRules<SheetGridRow> = {
  'row-recused': (p) => !!p.data?.recused,
  'row-ineligible': (p) => !!p.data?.failedChecks.length,
};
const rowId = (p: GetRowIdParams<SheetGridRow>) => p.data.id;

export interface FocusedCell {
  dossier: string;
  column: string;
}

interface GridContext {
  toggleCompare: (dossier: string) => void;
  compareLabel: (name: string) => string;
}

export const SCORE_PREFIX = 'score:';
export const CHECK_PREFIX = 'check:';

/**
 * Tab and Shift+Tab stay within the block of cells being typed (the criteria, or the eligibility checks): past its
 * last cell they go to the first one of the next row, as a member's sheet does, never from the scores into the
 * yes/no checks (a digit there would mean Oui/Non and could take a dossier out of the ranking).
 */
function tabWithinBlock(p: TabToNextCellParams<SheetGridRow>): CellPosition | boolean {
  const from = p.previousCellPosition;
  const colId = from.column.getColId();
  const prefix = colId.startsWith(SCORE_PREFIX) ? SCORE_PREFIX : colId.startsWith(CHECK_PREFIX) ? CHECK_PREFIX : null;
  if (!prefix) return p.nextCellPosition ?? false;
  const block = p.api.getAllDisplayedColumns().filter((c) => c.getColId().startsWith(prefix));
  const at = block.findIndex((c) => c.getColId() === colId);
  const rows = p.api.getDisplayedRowCount();
  let index = at + (p.backwards ? -1 : 1);
  let rowIndex = from.rowIndex;
  if (index >= block.length) {
    index = 0;
    rowIndex += 1;
  } else if (index < 0) {
    index = block.length - 1;
    rowIndex -= 1;
  }
  // Past the last row (or before the first), Tab stays on the cell rather than leaving the grid mid-entry.
  if (rowIndex < 0 || rowIndex >= rows) return { ...from };
  p.api.ensureIndexVisible(rowIndex);
  return { rowIndex, column: block[index]!, rowPinned: null };
}

function CompareCell(p: CustomCellRendererProps<SheetGridRow, boolean, GridContext>) {
  if (!p.data) return null;
  const row = p.data;
  return (
    <input
      type="checkbox"
      tabIndex={-1}
      checked={row.compared}
      aria-label={p.context.compareLabel(row.name)}
      onChange={() => p.context.toggleCompare(row.id)}
    />
  );
}

function DossierCell(p: CustomCellRendererProps<SheetGridRow>) {
  const { t } = useTranslation('scoring');
  if (!p.data) return null;
  const row = p.data;
  return (
    <span className="dossier-cell">
      <span className="dossier-name">{row.name}</span> <span className="muted dossier-id">{row.id}</span>
      {row.recused ? <span className="tag tag-locked">{t('sheet.recusedTag')}</span> : null}
      {row.failedChecks.length ? <span className="tag tag-warn">{t('sheet.ineligibleTag')}</span> : null}
    </span>
  );
}

/**
 * One row per dossier, one column per criterion (then, when asked for, the eligibility checks in a group of their own):
 * Excel-like keys. A digit starts
 * editing, Enter/Tab/arrows commit and move, Delete clears, Space adds the row to the comparison, C opens the
 * comment. Recused rows are not editable. The grid never stores anything itself (readOnlyEdit): every edit goes to
 * `onScore`/`onCheck`, and the rows come back from the core.
 */
export const SheetGrid = memo(function SheetGrid({ rows, grid, canScore, canCheck, showChecks, search, apiRef, onScore, onCheck, onFocus, onToggleCompare, onCommentKey, onLockedKey }: {
  rows: SheetGridRow[];
  grid: Grid;
  canScore: boolean;
  canCheck: boolean;
  /** The eligibility checks are shown (a group of their own, after the status) only when asked for. */
  showChecks: boolean;
  /** Narrows the rows to dossiers whose name or number contains it. */
  search: string;
  apiRef: RefObject<GridApi<SheetGridRow> | null>;
  onScore: (dossier: string, criterion: string, typed: unknown) => void;
  onCheck: (dossier: string, check: string, typed: unknown) => void;
  onFocus: (cell: FocusedCell | null) => void;
  onToggleCompare: (dossier: string) => void;
  onCommentKey: (cell: FocusedCell) => void;
  onLockedKey: (dossier: string) => void;
}) {
  const { t, i18n } = useTranslation('scoring');
  const lang = i18n.language;

  const columns = useMemo<(ColDef<SheetGridRow> | ColGroupDef<SheetGridRow>)[]>(() => {
    const suppressShortcut = (p: SuppressKeyboardEventParams<SheetGridRow>) =>
      !p.editing && (p.event.key === ' ' || p.event.key === 'c' || p.event.key === 'C');
    const yesNo = (v: boolean | null | undefined) => (v === true ? t('sheet.yes') : v === false ? t('sheet.no') : '');
    return [
      {
        colId: 'compare',
        headerName: t('sheet.col.compare'),
        headerTooltip: t('sheet.col.compare'),
        width: 58,
        pinned: 'left',
        sortable: false,
        resizable: false,
        valueGetter: (p) => p.data?.compared ?? false,
        cellRenderer: CompareCell,
        suppressKeyboardEvent: suppressShortcut,
      },
      {
        colId: 'dossier',
        headerName: t('sheet.col.dossier'),
        valueGetter: (p) => p.data?.name ?? '',
        getQuickFilterText: (p) => `${p.data?.name ?? ''} ${p.data?.id ?? ''}`,
        cellRenderer: DossierCell,
        pinned: 'left',
        width: 200,
        tooltipValueGetter: (p) => (p.data ? `${p.data.name} (${p.data.id})` : undefined),
        filter: 'agTextColumnFilter',
        suppressKeyboardEvent: suppressShortcut,
      },
      ...grid.criteria.map(
        (c): ColDef<SheetGridRow> => ({
          colId: `${SCORE_PREFIX}${c.id}`,
          headerName: c.label,
          headerTooltip: `${c.label} — ${t('sheet.weight', { weight: formatNumber(c.weight, lang) })}${c.description ? `\n${c.description}` : ''}`,
          // Narrow enough for the six criteria of a real grid to fit a laptop's width beside the dossier and the total;
          // the header shows the start of the label, its tooltip the whole label, the weight and the description.
          width: 88,
          headerClass: 'header-criterion',
          wrapHeaderText: true,
          editable: (p) => canScore && !!p.data && !p.data.recused && !p.data.hidden,
          valueGetter: (p) => (p.data ? cellValue(p.data, c.id) : null),
          valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value, lang, 3) : ((p.value as string | null) ?? '')),
          cellEditor: 'agTextCellEditor',
          // No React renderer here: six per row would make every keystroke redraw hundreds of React cells. The comment
          // shows as a mark (CSS) and in the tooltip; the detail panel gives it in full.
          tooltipValueGetter: (p) => p.data?.scores[c.id]?.comment ?? undefined,
          cellClassRules: {
            'cell-refused': (p) => !!p.data?.drafts[c.id],
            'cell-commented': (p) => !!p.data?.scores[c.id]?.comment,
            'cell-saving': (p) => !!p.data && c.id in p.data.pending,
          },
          type: 'rightAligned',
          suppressKeyboardEvent: suppressShortcut,
        }),
      ),
      ...(showChecks && grid.eligibility.length ? [{
        groupId: 'eligibility',
        headerName: t('sheet.checkGroup'),
        headerClass: 'header-check-group',
        children: grid.eligibility.map(
        (e): ColDef<SheetGridRow> => ({
          colId: `${CHECK_PREFIX}${e.id}`,
          headerName: e.label,
          headerTooltip: `${t('sheet.checkTooltip')} — ${e.label}${e.description ? `\n${e.description}` : ''}`,
          headerClass: 'header-check',
          width: 120,
          wrapHeaderText: true,
          autoHeaderHeight: true,
          editable: () => canCheck,
          valueGetter: (p) => yesNo(p.data?.eligibility[e.id]),
          cellEditor: 'agTextCellEditor',
          cellClassRules: { 'cell-failed': (p) => p.data?.eligibility[e.id] === false },
          suppressKeyboardEvent: suppressShortcut,
        }),
      )}] : []),
      {
        colId: 'total',
        headerName: t('sheet.col.total'),
        headerTooltip: t('sheet.totalTooltip'),
        width: 72,
        type: 'rightAligned',
        valueGetter: (p) => p.data?.total ?? null,
        valueFormatter: (p) => (p.value === null ? '' : formatNumber(p.value as number, lang, 2, true)),
        suppressKeyboardEvent: suppressShortcut,
      },
      {
        colId: 'status',
        headerName: t('sheet.col.status'),
        width: 118,
        tooltipValueGetter: (p) => (typeof p.value === 'string' && p.value ? p.value : undefined),
        valueGetter: (p) => {
          const row = p.data;
          if (!row) return '';
          if (row.recused) return t('sheet.status.recused');
          if (row.hidden) return t('sheet.status.hidden');
          if (row.failedChecks.length) return t('sheet.status.ineligible');
          const missing = grid.criteria.filter((c) => row.scores[c.id] === undefined).length;
          return missing === 0 ? t('sheet.status.complete') : t('sheet.status.missing', { count: missing });
        },
        // Three looks that cannot be taken one for another, in shape as well as colour (styles in scoring.css).
        cellClassRules: {
          'cell-done': (p) => !!p.data?.complete && !p.data.failedChecks.length && !p.data.recused && !p.data.hidden,
          'cell-ineligible': (p) => !!p.data?.failedChecks.length && !p.data.recused && !p.data.hidden,
        },
        suppressKeyboardEvent: suppressShortcut,
      },
    ];
  }, [grid, canScore, canCheck, showChecks, t, lang]);

  const context = useMemo<GridContext>(
    () => ({ toggleCompare: onToggleCompare, compareLabel: (name) => t('compare.pick', { name }) }),
    [onToggleCompare, t],
  );

  // A score typed and committed by Enter, Tab or an arrow is sent from the keystroke itself (commitFromKey): AG Grid
  // hands its edit request to a later task (its events are asynchronous), 15–20 ms the person watching the ranking
  // waits for nothing. The request that follows for the same cell and text is then the same write, and is skipped.
  // Per cell: typing a row at speed sends the next cell's score before AG Grid has asked for the previous one.
  const sentFromKey = useRef(new Map<string, { typed: string; at: number }>());
  const commitFromKey = useCallback(
    (e: ReactKeyboardEvent<HTMLDivElement>) => {
      if (e.key !== 'Enter' && e.key !== 'Tab' && e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      const input = e.target as HTMLElement;
      if (!(input instanceof HTMLInputElement)) return;
      const cellEl = input.closest('.ag-cell');
      const colId = cellEl?.getAttribute('col-id') ?? '';
      const dossier = cellEl?.closest('.ag-row')?.getAttribute('row-id');
      if (!dossier || !colId.startsWith(SCORE_PREFIX)) return;
      const criterion = colId.slice(SCORE_PREFIX.length);
      const row = apiRef.current?.getRowNode(dossier)?.data;
      if (!row) return;
      const current = cellValue(row, criterion);
      // Unchanged: AG Grid will not ask for an edit either.
      if (input.value === (current === null ? '' : String(current))) return;
      sentFromKey.current.set(`${dossier}\u0000${colId}`, { typed: input.value, at: performance.now() });
      onScore(dossier, criterion, input.value);
    },
    [apiRef, onScore],
  );

  const onEditRequest = (e: CellEditRequestEvent<SheetGridRow>) => {
    const colId = e.column.getColId();
    const key = `${e.data.id}\u0000${colId}`;
    const sent = sentFromKey.current.get(key);
    sentFromKey.current.delete(key);
    if (sent && sent.typed === String(e.newValue ?? '') && performance.now() - sent.at < 2000) return;
    if (colId.startsWith(SCORE_PREFIX)) onScore(e.data.id, colId.slice(SCORE_PREFIX.length), e.newValue);
    else if (colId.startsWith(CHECK_PREFIX)) onCheck(e.data.id, colId.slice(CHECK_PREFIX.length), e.newValue);
  };

  const onKey = useCallback((e: CellKeyDownEvent<SheetGridRow>) => {
    const event = e.event as KeyboardEvent | null;
    if (!event || !e.data) return;
    const colId = e.column.getColId();
    if ((event.target as HTMLElement | null)?.tagName === 'INPUT') {
      // In the editor, the arrows up and down commit and move, as Enter and Tab do (AG Grid leaves them to the input).
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      const row = e.rowIndex ?? 0;
      const next = row + (event.key === 'ArrowDown' ? 1 : -1);
      e.api.stopEditing();
      const target = next >= 0 && next < e.api.getDisplayedRowCount() ? next : row;
      e.api.ensureIndexVisible(target);
      e.api.setFocusedCell(target, colId);
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      onToggleCompare(e.data.id);
    } else if ((event.key === 'c' || event.key === 'C') && colId.startsWith(SCORE_PREFIX)) {
      event.preventDefault();
      onCommentKey({ dossier: e.data.id, column: colId });
    } else if (e.data.recused && colId.startsWith(SCORE_PREFIX) && /^[\d.,]$/.test(event.key)) {
      onLockedKey(e.data.id);
    }
  }, [onToggleCompare, onCommentKey, onLockedKey]);

  const onReady = useCallback((e: GridReadyEvent<SheetGridRow>) => {
    apiRef.current = e.api;
  }, [apiRef]);
  const onDestroyed = useCallback(() => {
    apiRef.current = null;
  }, [apiRef]);
  const onCellFocused = useCallback(
    (e: CellFocusedEvent<SheetGridRow>) => {
      const row = e.rowIndex === null || e.rowIndex === undefined ? null : e.api.getDisplayedRowAtIndex(e.rowIndex);
      const col = e.column && typeof e.column !== 'string' ? e.column.getColId() : null;
      onFocus(row?.data && col ? { dossier: row.data.id, column: col } : null);
    },
    [onFocus],
  );

  return (
    // display: contents — a wrapper for the keystroke's capture phase only, with no box of its own in the layout.
    <div style={{ display: 'contents' }} onKeyDownCapture={commitFromKey}>
    <AgGridReact<SheetGridRow>
      key={lang}
      theme={theme}
      rowData={rows}
      columnDefs={columns}
      context={context}
      defaultColDef={DEFAULT_COL}
      localeText={gridLocale(lang)}
      quickFilterText={search}
      getRowId={rowId}
      rowClassRules={ROW_CLASSES}
      headerHeight={52}
      rowHeight={34}
      groupHeaderHeight={28}
      tabToNextCell={tabWithinBlock}
      suppressColumnVirtualisation
      readOnlyEdit
      onCellEditRequest={onEditRequest}
      enterNavigatesVertically
      enterNavigatesVerticallyAfterEdit
      stopEditingWhenCellsLoseFocus
      tooltipShowDelay={400}
      onGridReady={onReady}
      onGridPreDestroyed={onDestroyed}
      onCellFocused={onCellFocused}
      onCellKeyDown={onKey}
    />
    </div>
  );
});
