import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dossier, ReferenceLabels, SessionInfo } from '../../../common/domain/types.ts';
import { api } from '../transport.ts';
import { useApi } from '../useApi.ts';
import { ChartsView } from './charts/ChartsView.tsx';
import { CompareBasket } from './compare/CompareBasket.tsx';
import { ComparisonView } from './compare/ComparisonView.tsx';
import { ConflictsView } from './conflicts/ConflictsView.tsx';
import { RankingView } from './ranking/RankingView.tsx';
import { RevisionContext, ScoringContext, MAX_COMPARED, SECRETARIAT, type ScoringShared, type ScoringTab } from './ScoringContext.ts';
import { SheetView } from './sheet/SheetView.tsx';
import { Tabs, tabPanelProps } from './Tabs.tsx';
import { useViewerChoice } from './viewerChoice.ts';
import { useRefreshTick } from './useRefreshTick.ts';
import { WhatIfPanel } from './whatif/WhatIfPanel.tsx';
import { WhoSelector } from './WhoSelector.tsx';
import './scoring.css';

const TABS: readonly ScoringTab[] = ['sheet', 'ranking', 'compare', 'whatIf', 'charts', 'conflicts'];
const TAB_KEY = 'comitia.scoring.tab';
const EMPTY_LABELS: ReferenceLabels = { countries: {}, regions: {}, departements: {} };

function storedTab(): ScoringTab {
  const t = sessionStorage.getItem(TAB_KEY);
  return (TABS as readonly string[]).includes(t ?? '') ? (t as ScoringTab) : 'sheet';
}

/**
 * Holds the revision counter apart, so that a change re-renders only the views that read it (their elements, made by
 * ScoringWorkspace, are the same from one revision to the next): not the sheet being typed in.
 */
function RevisionProvider({ onChanged, refreshTick, children }: { onChanged: ScoringShared['onChanged']; refreshTick: number; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  useEffect(() => onChanged(() => setRevision((r) => r + 1)), [onChanged]);
  return <RevisionContext.Provider value={revision + refreshTick}>{children}</RevisionContext.Provider>;
}

/** The Notation area: who is scoring, then the sheet, the ranking, the comparison, the what-if, charts, conflicts. */
export function ScoringArea({ info }: { info: SessionInfo | null }) {
  const { t } = useTranslation('scoring');
  const key = info?.path ?? '';
  const members = useApi(() => api.membersList({}), [key]);
  const grid = useApi(() => api.gridGet({}), [key]);
  const dossierList = useApi(() => api.dossiersList({}), [key, info?.dossiers]);
  const labels = useApi(() => api.referenceLabels({}), []);

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
      shared={{ members: members.data, grid: grid.data, dossierList: dossierList.data, labels: labels.data ?? EMPTY_LABELS }}
    />
  );
}

function ScoringWorkspace({ sessionPath, shared }: {
  sessionPath: string;
  shared: Pick<ScoringShared, 'members' | 'grid' | 'labels'> & { dossierList: Dossier[] };
}) {
  const { t } = useTranslation('scoring');
  const { members, grid, labels, dossierList } = shared;
  const [choice, setChoice] = useViewerChoice(sessionPath, members);
  const [tab, setTab] = useState<ScoringTab>(storedTab);
  const [basket, setBasket] = useState<string[]>([]);
  const refreshTick = useRefreshTick();

  const showTab = useCallback((next: ScoringTab) => {
    sessionStorage.setItem(TAB_KEY, next);
    setTab(next);
  }, []);
  const listeners = useRef(new Set<() => void>());
  const changed = useCallback(() => {
    for (const listener of listeners.current) listener();
  }, []);
  const onChanged = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const toggleBasket = useCallback(
    (id: string) => setBasket((b) => (b.includes(id) ? b.filter((x) => x !== id) : b.length >= MAX_COMPARED ? b : [...b, id])),
    [],
  );
  const clearBasket = useCallback(() => setBasket([]), []);
  const dossiers = useMemo(() => new Map(dossierList.map((d) => [d.id, d])), [dossierList]);

  // Figures derived from scores follow local changes (revision) and, polled, other people's (refreshTick).
  const value = useMemo<ScoringShared>(
    () => ({
      sessionPath,
      members,
      grid,
      dossiers,
      labels,
      viewer: choice.viewer,
      actor: choice.viewer ?? SECRETARIAT,
      refreshTick,
      changed,
      onChanged,
      basket,
      toggleBasket,
      clearBasket,
      showTab,
    }),
    [sessionPath, members, grid, dossiers, labels, choice.viewer, refreshTick, changed, onChanged, basket, toggleBasket, clearBasket, showTab],
  );

  return (
    <ScoringContext.Provider value={value}>
      <RevisionProvider onChanged={onChanged} refreshTick={refreshTick}>
        <section aria-labelledby="area-title" className="scoring">
          <div className="scoring-head">
            <h1 id="area-title">{t('title')}</h1>
            <WhoSelector
              choice={choice}
              onChange={(next) => {
                // A new person at the keyboard starts with an empty comparison.
                if (next.viewer !== choice.viewer) setBasket([]);
                setChoice(next);
              }}
            />
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
            {tab === 'sheet' && <SheetView sheetOf={choice.sheetOf} onSheetOf={(sheetOf) => setChoice({ ...choice, sheetOf })} refreshTick={refreshTick} />}
            {tab === 'ranking' && <RankingView />}
            {tab === 'compare' && <ComparisonView />}
            {tab === 'whatIf' && <WhatIfPanel />}
            {tab === 'charts' && <ChartsView />}
            {tab === 'conflicts' && <ConflictsView />}
          </div>
        </section>
      </RevisionProvider>
    </ScoringContext.Provider>
  );
}
