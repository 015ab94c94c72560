/**
 * The AG Grid modules the interface uses, and only those (AllCommunityModule doubles the bundle): the client-side row
 * model, text/number column filters and the quick filter, text editing, tooltips, column auto-size, single-row
 * selection, cell and row classes, the locale, and the row/column/scroll API calls of the sheet's keyboard (sorting, pinned,
 * resizable and flex columns are in AG Grid's core). A feature used without its module fails with AG Grid error #200 in the console, naming it.
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
