import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, ReferenceLabels, SessionInfo } from '../../../common/domain/types.ts';
import { queryKeys } from '../data/queryKeys.ts';
import { useApiQuery } from '../data/useApiQuery.ts';
import { useReferenceLabels } from '../dossiers/useReferenceLabels.ts';
import { useMemberMode } from '../exchange/useMemberMode.ts';
import { navigate } from '../router.tsx';
import { routes } from '../routes.ts';
import { api } from '../transport.ts';
import { CompareBasket } from './compare/CompareBasket.tsx';
import { ComparisonView } from './compare/ComparisonView.tsx';
import { ConflictsView } from './conflicts/ConflictsView.tsx';
import { RankingView } from './ranking/RankingView.tsx';
import { ScoringContext, MAX_COMPARED, SECRETARIAT, type ScoringShared, type ScoringTab } from './ScoringContext.ts';
import { SheetView } from './sheet/SheetView.tsx';
import { Tabs, tabPanelProps } from './Tabs.tsx';
import { useViewerChoice } from './viewerChoice.ts';
import { WhatIfPanel } from './whatif/WhatIfPanel.tsx';
import { WhoSelector } from './WhoSelector.tsx';
import './scoring.css';

// AG Charts is loaded with the Graphiques tab, not with the sheet.
const ChartsView = lazy(() => import('./charts/ChartsView.tsx').then((m) => ({ default: m.ChartsView })));

const TABS: readonly ScoringTab[] = ['sheet', 'ranking', 'compare', 'whatIf', 'charts', 'conflicts'];
const TAB_KEY = 'comitia.scoring.tab';
const EMPTY_LABELS: ReferenceLabels = { countries: {}, regions: {}, departements: {} };

/** The tab last shown in this window, for `#/notation` without a tab. */
function storedTab(): ScoringTab {
  const t = sessionStorage.getItem(TAB_KEY);
  return (TABS as readonly string[]).includes(t ?? '') ? (t as ScoringTab) : 'sheet';
}

/**
 * The Notation area (`#/notation/<tab>`): who is scoring, then the sheet, the ranking, the comparison, the what-if,
 * charts, conflicts.
 */
export function ScoringArea({ info, tab }: { info: SessionInfo | null; tab: ScoringTab | null }) {
  const { t } = useTranslation('scoring');
  const key = info?.path ?? '';
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  const grid = useApiQuery(queryKeys.grid(), () => api.gridGet({}));
  const dossierList = useApiQuery(queryKeys.dossiers(), () => api.dossiersList({}));
  const labels = useReferenceLabels();

  useEffect(() => {
    if (tab === null) navigate(routes.scoring(storedTab()), { replace: true });
    else sessionStorage.setItem(TAB_KEY, tab);
  }, [tab]);

  if (!info) {
    return (
      <section aria-labelledby="area-title" className="scoring">
        <h1 id="area-title">{t('title')}</h1>
        <p>{t('noSession')}</p>
      </section>
    );
  }
  const error = members.error ?? grid.error ?? dossierList.error;
  if (error || !members.data || !grid.data || !dossierList.data) {
    return (
      <section aria-labelledby="area-title" className="scoring">
        <h1 id="area-title">{t('title')}</h1>
        {error ? <p role="alert">{error}</p> : <p aria-live="polite">{t('loading')}</p>}
      </section>
    );
  }
  return (
    <ScoringWorkspace
      key={key}
      sessionPath={key}
      tab={tab ?? storedTab()}
      shared={{ members: members.data, grid: grid.data, dossierList: dossierList.data, labels: labels ?? EMPTY_LABELS }}
    />
  );
}

function ScoringWorkspace({ sessionPath, tab, shared }: {
  sessionPath: string;
  tab: ScoringTab;
  shared: Pick<ScoringShared, 'members' | 'grid' | 'labels'> & { dossierList: Dossier[] };
}) {
  const { t } = useTranslation('scoring');
  const { members, grid, labels, dossierList } = shared;
  const [stored, setChoice] = useViewerChoice(sessionPath, members);
  // A member's scoring file (offline review) is that member's alone: their sheet, seen as they may see it.
  const owner = useMemberMode(true).data?.member ?? null;
  const choice = useMemo(() => (owner ? { viewer: owner, sheetOf: owner } : stored), [owner, stored]);
  const [basket, setBasket] = useState<string[]>([]);

  const showTab = useCallback((next: ScoringTab) => navigate(routes.scoring(next)), []);
  const toggleBasket = useCallback(
    (id: string) => setBasket((b) => (b.includes(id) ? b.filter((x) => x !== id) : b.length >= MAX_COMPARED ? b : [...b, id])),
    [],
  );
  const clearBasket = useCallback(() => setBasket([]), []);
  const dossiers = useMemo(() => new Map(dossierList.map((d) => [d.id, d])), [dossierList]);

  const value = useMemo<ScoringShared>(
    () => ({
      sessionPath,
      members,
      grid,
      dossiers,
      labels,
      viewer: choice.viewer,
      actor: choice.viewer ?? SECRETARIAT,
      basket,
      toggleBasket,
      clearBasket,
      showTab,
    }),
    [sessionPath, members, grid, dossiers, labels, choice.viewer, basket, toggleBasket, clearBasket, showTab],
  );

  return (
    <ScoringContext.Provider value={value}>
      <section aria-labelledby="area-title" className="scoring">
        <div className="scoring-head">
          <h1 id="area-title">{t('title')}</h1>
          {owner ? null : (
            <WhoSelector
              choice={choice}
              onChange={(next) => {
                // A new person at the keyboard starts with an empty comparison.
                if (next.viewer !== choice.viewer) setBasket([]);
                setChoice(next);
              }}
            />
          )}
        </div>
        <div className="scoring-bar">
          <Tabs
            label={t('tabs.label')}
            idPrefix="scoring"
            items={TABS.map((id) => ({ id, label: t(`tabs.${id}`) }))}
            selected={tab}
            onSelect={showTab}
          />
          <CompareBasket />
        </div>
        <div {...tabPanelProps('scoring', tab)} className="scoring-panel">
          {tab === 'sheet' && <SheetView sheetOf={choice.sheetOf} onSheetOf={(sheetOf) => setChoice({ ...choice, sheetOf })} />}
          {tab === 'ranking' && <RankingView />}
          {tab === 'compare' && <ComparisonView />}
          {tab === 'whatIf' && <WhatIfPanel />}
          {tab === 'charts' && (
            <Suspense fallback={<p aria-live="polite">{t('loading')}</p>}>
              <ChartsView />
            </Suspense>
          )}
          {tab === 'conflicts' && <ConflictsView />}
        </div>
      </section>
    </ScoringContext.Provider>
  );
}
