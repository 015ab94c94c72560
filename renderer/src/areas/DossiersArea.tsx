import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type ColDef } from 'ag-grid-community';
import { gridLocale } from '../gridLocale.ts';
import type { Dossier, Echelon, ReferenceLabels } from '../../../common/domain/types.ts';
import { DossierFiltersBar } from '../dossiers/DossierFiltersBar.tsx';
import { filterDossiers, isChangedAfterScoring, NO_FILTERS, type DossierFilters } from '../dossiers/dossierFilters.ts';
import { DossierPage } from '../dossiers/DossierPage.tsx';
import { DossierPanel } from '../dossiers/DossierPanel.tsx';
import { setListOrder } from '../dossiers/listOrder.ts';
import { countryName, useReferenceLabels } from '../dossiers/useReferenceLabels.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { navigate } from '../router.tsx';
import { hrefOf, routes, type AppRoute } from '../routes.ts';
import { api } from '../transport.ts';
import '../dossiers/dossiers.css';

// The import assistant (and its spreadsheet readers) is loaded when first opened, not with the first screen.
const ImportAssistant = lazy(() => import('../import/ImportAssistant.tsx').then((m) => ({ default: m.ImportAssistant })));

const theme = themeQuartz.withParams({ fontFamily: 'inherit', headerFontWeight: 600 });
const NO_LABELS: ReferenceLabels = { countries: {}, regions: {}, departements: {} };
// Grid options passed as constants: a new object at each render makes AG Grid process them again (columns,
// selection), and the Dossiers area renders several times on the first screen as its queries settle.
const DEFAULT_COL: ColDef<Dossier> = { sortable: true, resizable: true };
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const;
const dossierId = (p: { data: Dossier }) => p.data.id;

/**
 * The session's dossiers: a sortable grid with the committee's filters and the selected dossier's detail; from
 * here, a dossier's full page (`#/dossiers/id/<id>`) and the import assistant (`#/dossiers/import`).
 */
export function DossiersArea({ route }: { route: Extract<AppRoute, { area: 'dossiers' }> }) {
  const { t, i18n } = useTranslation();
  const { t: ti } = useTranslation('import');
  const dossiers = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const loadedLabels = useReferenceLabels();
  const labels = loadedLabels ?? NO_LABELS;
  const [filters, setFilters] = useState<DossierFilters>(NO_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Writes announce what they changed, and the cache follows (data/changeFollower.ts); this only saves the wait.
  const refresh = () => dossiers.reload();

  const all = useMemo(() => dossiers.data ?? [], [dossiers.data]);
  const rows = useMemo(
    () =>
      filterDossiers(all, filters, (d) =>
        [
          d.name,
          d.id,
          d.insee ?? '',
          d.siren ?? '',
          // The région and the département by name as well as by code: « Bretagne », « Finistère ».
          d.region ? labels.regions[d.region] ?? '' : '',
          d.departement ? labels.departements[d.departement] ?? '' : '',
          ...d.countries.map((c) => countryName(labels, c, 'fr')),
        ].join(' '),
      ),
    [all, filters, labels],
  );

  const yesNo = (v: boolean | null) => (v === null ? '' : v ? t('common.yes') : t('common.no'));
  const columns = useMemo<ColDef<Dossier>[]>(
    () => [
      { field: 'id', headerName: t('dossiers.col.id'), width: 110 },
      { field: 'name', headerName: t('dossiers.col.name'), flex: 2, minWidth: 220, filter: 'agTextColumnFilter' },
      {
        field: 'echelon',
        headerName: t('dossiers.col.echelon'),
        valueFormatter: (p) => (p.value ? t(`echelon.${p.value as Echelon}`) : ''),
        width: 170,
      },
      {
        colId: 'departement',
        headerName: t('dossiers.col.departement'),
        valueGetter: (p) => (p.data?.departement ? `${p.data.departement} ${labels.departements[p.data.departement] ?? ''}` : ''),
        width: 170,
        filter: 'agTextColumnFilter',
      },
      {
        colId: 'region',
        headerName: t('dossiers.col.region'),
        valueGetter: (p) => (p.data?.region ? labels.regions[p.data.region] ?? p.data.region : ''),
        width: 180,
        filter: 'agTextColumnFilter',
      },
      {
        colId: 'outreMer',
        headerName: t('dossiers.col.outreMer'),
        // Text, not AG Grid's inferred checkbox: read aloud and filtered as "Oui"/"Non".
        valueGetter: (p) => yesNo(p.data?.outreMer ?? null),
        width: 110,
      },
      {
        colId: 'countries',
        headerName: t('dossiers.col.countries'),
        valueGetter: (p) => (p.data?.countries ?? []).map((c) => countryName(labels, c, i18n.language)).join(', '),
        flex: 1,
        minWidth: 160,
        filter: 'agTextColumnFilter',
      },
      {
        colId: 'missions',
        headerName: t('dossiers.col.missions'),
        valueGetter: (p) => (p.data ? (p.data.missionsSending ?? 0) + (p.data.missionsHosting ?? 0) : null),
        width: 110,
        filter: 'agNumberColumnFilter',
      },
      { field: 'profile', headerName: t('dossiers.col.profile'), width: 90 },
      {
        colId: 'firstTime',
        headerName: t('dossiers.col.firstTime'),
        valueGetter: (p) => yesNo(p.data?.firstTimeInternational ?? null),
        width: 130,
      },
      {
        field: 'state',
        headerName: t('dossiers.col.state'),
        valueFormatter: (p) => (p.value ? t(`state.${p.value as Dossier['state']}`) : ''),
        width: 140,
      },
      {
        colId: 'warnings',
        headerName: t('dossiers.col.warnings'),
        valueGetter: (p) => p.data?.warnings.length ?? 0,
        // The count, and the "changed after scoring" mark in words (not a colour alone).
        valueFormatter: (p) => (p.data && isChangedAfterScoring(p.data) ? `${p.value as number} · ${t('dossiers.changedMark')}` : String(p.value)),
        cellClassRules: { 'cell-warning': (p) => (p.value as number) > 0 },
        width: 150,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- yesNo derives from t, which is listed
    [t, i18n.language, labels],
  );

  if (route.view === 'import') {
    return (
      <Suspense fallback={<p aria-live="polite">{t('common.loading')}</p>}>
        <ImportAssistant onImported={refresh} onClose={() => navigate(routes.dossierList)} />
      </Suspense>
    );
  }
  if (route.view === 'dossier') {
    return <DossierPage key={route.id} id={route.id} labels={labels} />;
  }

  const selected = all.find((d) => d.id === selectedId) ?? null;

  return (
    <section aria-labelledby="area-title" className="dossiers">
      <div className="area-head">
        <h1 id="area-title">{t('dossiers.title')}</h1>
        <p className="muted" aria-live="polite" data-testid="dossier-count">
          {rows.length === all.length
            ? t('dossiers.count', { count: all.length })
            : t('dossiers.shown', { count: rows.length, total: all.length })}
        </p>
        <div className="area-actions">
          <a className="button-link primary" href={hrefOf(routes.dossierImport)}>
            {ti('open')}
          </a>
        </div>
      </div>
      <DossierFiltersBar all={all} labels={labels} filters={filters} onChange={setFilters} />
      {dossiers.error ? <p role="alert">{dossiers.error}</p> : null}
      {!dossiers.loading && all.length === 0 && !dossiers.error ? (
        <p>
          {t('dossiers.empty')} {t('dossiers.emptyImport')}
        </p>
      ) : null}
      <div className="dossiers-body">
        <div className="grid-wrap" data-testid="dossiers-grid">
          {/* Drawn once the reference labels are there: AG Grid does not redraw its cells when only the column
              definitions' value getters change, so rows drawn first would keep their raw codes (issue 8). */}
          {loadedLabels ? (
            <AgGridReact<Dossier>
              key={i18n.language}
              theme={theme}
              rowData={rows}
              columnDefs={columns}
              defaultColDef={DEFAULT_COL}
              localeText={gridLocale(i18n.language)}
              getRowId={dossierId}
              rowSelection={ROW_SELECTION}
              onRowClicked={(e) => setSelectedId(e.data?.id ?? null)}
              // The order on screen (filters, search, sort) is what the dossier page's previous/next follow.
              onModelUpdated={(e) => {
                const ids: string[] = [];
                e.api.forEachNodeAfterFilterAndSort((node) => {
                  if (node.data) ids.push(node.data.id);
                });
                setListOrder(ids);
              }}
              onRowDoubleClicked={(e) => {
                if (e.data) navigate(routes.dossier(e.data.id));
              }}
              onCellKeyDown={(e) => {
                const key = (e.event as KeyboardEvent | null)?.key;
                if (key === 'Enter' && e.data) setSelectedId(e.data.id);
              }}
            />
          ) : (
            <p className="muted" aria-live="polite">
              {t('common.loading')}
            </p>
          )}
        </div>
        {selected ? (
          <DossierPanel dossier={selected} labels={labels} onClose={() => setSelectedId(null)} onChanged={refresh} />
        ) : (
          <p className="panel-hint muted">{t('dossiers.select')}</p>
        )}
      </div>
    </section>
  );
}
