import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../common/domain/types.ts';
import type { Agreement } from '../../../../common/scoring/agreement.ts';
import { scoresInSession } from '../../../../common/scoring/input.ts';
import type { ScoringSheet } from '../../../../common/scoring/views.ts';
import { api } from '../../transport.ts';
import { useRevision, useScoring } from '../ScoringContext.ts';
import { AgreementChart } from './AgreementChart.tsx';
import { distributionOf, type Distribution } from './distribution.ts';
import { SeverityChart } from './SeverityChart.tsx';
import { errorMessage } from '../../i18n/errorMessage.ts';

interface Loaded {
  agreement: Agreement;
  distribution: Distribution;
}

/** Where people would rather look than read: members' severity, and agreement per criterion. */
export function ChartsView() {
  const { t } = useTranslation('scoring');
  const { members, viewer } = useScoring();
  const revision = useRevision();
  const [state, setState] = useState<{ data: Loaded | null; error: string | null }>({ data: null, error: null });

  useEffect(() => {
    let live = true;
    const scorers = members.filter((m) => scoresInSession(m.role));
    void (async () => {
      const agreement = await api.agreement({ viewer });
      if (!agreement.ok) {
        if (live) setState({ data: null, error: errorMessage(agreement.error) });
        return;
      }
      const sheets = await Promise.all(scorers.map((m) => api.scoringSheet({ member: m.id, viewer })));
      const loaded: { member: Member; sheet: ScoringSheet }[] = [];
      for (const [i, r] of sheets.entries()) if (r.ok) loaded.push({ member: scorers[i]!, sheet: r.value });
      if (live) setState({ data: { agreement: agreement.value, distribution: distributionOf(loaded) }, error: null });
    })();
    return () => {
      live = false;
    };
  }, [members, viewer, revision]);

  if (state.error) return <p role="status" className="blind-note">{state.error}</p>;
  if (!state.data) return <p aria-live="polite">{t('loading')}</p>;
  return (
    <div className="charts">
      <SeverityChart distribution={state.data.distribution} />
      <AgreementChart agreement={state.data.agreement} />
    </div>
  );
}
