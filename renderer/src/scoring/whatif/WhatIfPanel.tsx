import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { useScoring } from '../ScoringContext.ts';
import { RankMoves } from './RankMoves.tsx';
import { WhatIfControls, type Scenario } from './WhatIfControls.tsx';

const DEBOUNCE_MS = 250;

/** What if the weights were different, or a member were left out? Nothing stored changes: the core recomputes. */
export function WhatIfPanel() {
  const { t } = useTranslation('scoring');
  const { grid, viewer } = useScoring();
  const [scenario, setScenario] = useState<Scenario>(() => ({
    weights: Object.fromEntries(grid.criteria.map((c) => [c.id, String(c.weight)])),
    excluded: [],
  }));
  // The scenario asked of the core: the one typed, once typing has paused.
  const [asked, setAsked] = useState(scenario);
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(scenario), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [scenario]);
  const change = useMemo(() => {
    const weights: Record<string, number> = {};
    for (const [id, text] of Object.entries(asked.weights)) {
      const w = Number(text.replace(',', '.'));
      if (text.trim() !== '' && Number.isFinite(w) && w >= 0) weights[id] = w;
    }
    return { weights, excludeMembers: asked.excluded };
  }, [asked]);
  const query = useApiQuery(queryKeys.whatIf(change, viewer), () => api.whatIf({ ...change, viewer }), { keepPrevious: true });
  const result = { view: query.data, error: query.error };

  return (
    <div className="whatif">
      <p className="muted">{t('whatIf.intro')}</p>
      <div className="whatif-body">
        <WhatIfControls scenario={scenario} onChange={setScenario} />
        <div className="whatif-result">
          {result.error ? <p role="status" className="blind-note">{result.error}</p> : null}
          {result.view ? <RankMoves view={result.view} /> : null}
        </div>
      </div>
    </div>
  );
}
