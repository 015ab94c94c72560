import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../common/domain/types.ts';
import type { Agreement } from '../../../../common/scoring/agreement.ts';
import { scoresInSession } from '../../../../common/scoring/input.ts';
import type { ScoringSheet } from '../../../../common/scoring/views.ts';
import { ok, type Result } from '../../../../common/result.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { api } from '../../transport.ts';
import { useScoring } from '../ScoringContext.ts';
import { AgreementChart } from './AgreementChart.tsx';
import { distributionOf, type Distribution } from './distribution.ts';
import { SeverityChart } from './SeverityChart.tsx';

interface Loaded {
  agreement: Agreement;
  distribution: Distribution;
}

/** The agreement, and every scorer's sheet for the distribution of their scores (a sheet the viewer may not see is left out). */
async function loadCharts(members: readonly Member[], viewer: string | null): Promise<Result<Loaded>> {
  const scorers = members.filter((m) => scoresInSession(m.role));
  const agreement = await api.agreement({ viewer });
  if (!agreement.ok) return agreement;
  const sheets = await Promise.all(scorers.map((m) => api.scoringSheet({ member: m.id, viewer })));
  const loaded: { member: Member; sheet: ScoringSheet }[] = [];
  for (const [i, r] of sheets.entries()) if (r.ok) loaded.push({ member: scorers[i]!, sheet: r.value });
  return ok({ agreement: agreement.value, distribution: distributionOf(loaded) });
}

/** Where people would rather look than read: members' severity, and agreement per criterion. */
export function ChartsView() {
  const { t } = useTranslation('scoring');
  const { members, viewer } = useScoring();
  // Under the agreement's key: the topics that change the agreement are those that change the sheets.
  const state = useApiQuery([...queryKeys.agreement(viewer), 'charts'], () => loadCharts(members, viewer), { keepPrevious: true });

  if (state.error) return <p role="status" className="blind-note">{state.error}</p>;
  if (!state.data) return <p aria-live="polite">{t('loading')}</p>;
  return (
    <div className="charts">
      <SeverityChart distribution={state.data.distribution} />
      <AgreementChart agreement={state.data.agreement} />
    </div>
  );
}
