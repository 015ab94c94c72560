/**
 * The AG Grid modules the interface uses, and only those (AllCommunityModule doubles the bundle): the client-side row
 * model, text/number column filters and the quick filter, text editing, tooltips, column auto-size, single-row
 * selection, cell and row classes, the locale, and the row/column/scroll API calls of the sheet's keyboard (sorting, pinned,
 * resizable and flex columns are in AG Grid's core). A feature used without its module fails with AG Grid error #200 in the console, naming it.
 *
 * RowAutoHeightModule although no column has auto height: without it AG Grid 36's ensureIndexVisible cannot tell
 * that the rows are measured, and after every call it re-runs itself on each of the next ten model updates, each
 * time reading the scroll position (a forced layout) and scrolling again. The sheet's navigation and the live
 * ranking's follow call it at every keystroke: ~15 ms of each score typed went there (tests/bench/cases/scoreToRanking.bench.ts).
 * https://www.ag-grid.com/react-data-grid/modules/
 */
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  RowApiModule,
  RowAutoHeightModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
} from 'ag-grid-community';

export function registerGridModules(): void {
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    ClientSideRowModelApiModule,
    RowApiModule,
    RowAutoHeightModule,
    ScrollApiModule,
    TextFilterModule,
    NumberFilterModule,
    QuickFilterModule,
    TextEditorModule,
    TooltipModule,
    ColumnApiModule,
    ColumnAutoSizeModule,
    RowSelectionModule,
    CellStyleModule,
    RowStyleModule,
    LocaleModule,
  ]);
}
