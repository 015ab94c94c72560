import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIfView } from '../../../../common/scoring/views.ts';
import { api } from '../../transport.ts';
import { useRevision, useScoring } from '../ScoringContext.ts';
import { RankMoves } from './RankMoves.tsx';
import { WhatIfControls, type Scenario } from './WhatIfControls.tsx';
import { errorMessage } from '../../i18n/errorMessage.ts';

const DEBOUNCE_MS = 250;

/** What if the weights were different, or a member were left out? Nothing stored changes: the core recomputes. */
export function WhatIfPanel() {
  const { t } = useTranslation('scoring');
  const { grid, viewer } = useScoring();
  const revision = useRevision();
  const [scenario, setScenario] = useState<Scenario>(() => ({
    weights: Object.fromEntries(grid.criteria.map((c) => [c.id, String(c.weight)])),
    excluded: [],
  }));
  const [result, setResult] = useState<{ view: WhatIfView | null; error: string | null }>({ view: null, error: null });

  useEffect(() => {
    const weights: Record<string, number> = {};
    for (const [id, text] of Object.entries(scenario.weights)) {
      const w = Number(text.replace(',', '.'));
      if (text.trim() !== '' && Number.isFinite(w) && w >= 0) weights[id] = w;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      void api.whatIf({ weights, excludeMembers: scenario.excluded, viewer }).then((r) => {
        if (!live) return;
        setResult(r.ok ? { view: r.value, error: null } : { view: null, error: errorMessage(r.error) });
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [scenario, viewer, revision]);

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
