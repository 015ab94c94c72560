import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { useScoring } from '../ScoringContext.ts';
import { RankMoves } from './RankMoves.tsx';
import { WhatIfControls, type Scenario } from './WhatIfControls.tsx';
import { parseTypedNumber } from '../format.ts';
import { RefusalNotice } from '../settings/RefusalNotice.tsx';
import { useRefusal } from '../settings/useRefusal.ts';

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
  const wordRefusal = useRefusal();
  const labels = new Map(grid.criteria.map((c) => [c.id, c.label]));
  // The core's field `weights.<id>` is named by the criterion's label.
  const relabel = (params: Record<string, string>) => (params.label ? { ...params, label: labels.get(params.label) ?? params.label } : params);
  const change = useMemo(() => {
    // Every typed weight goes to the core, a negative or unreadable one too: the core refuses it, naming the
    // criterion, as the grid editor's refusals do. An emptied field keeps the grid's weight.
    const weights: Record<string, number> = {};
    for (const [id, text] of Object.entries(asked.weights)) {
      if (text.trim() === '') continue;
      const w = parseTypedNumber(text);
      (weights as Record<string, unknown>)[id] = Number.isFinite(w) ? w : text;
    }
    return { weights, excludeMembers: asked.excluded };
  }, [asked]);
  const query = useApiQuery(queryKeys.whatIf(change, viewer), () => api.whatIf({ ...change, viewer }), { keepPrevious: true });
  const result = { view: query.errorShape ? null : query.data, error: query.errorShape };

  return (
    <div className="whatif">
      <p className="muted">{t('whatIf.intro')}</p>
      <div className="whatif-body">
        <WhatIfControls scenario={scenario} onChange={setScenario} />
        <div className="whatif-result">
          {result.error ? <RefusalNotice id="whatif-refusal" refusal={wordRefusal(result.error, 'whatIfRefused', relabel)} /> : null}
          {result.view ? <RankMoves view={result.view} /> : null}
        </div>
      </div>
    </div>
  );
}
