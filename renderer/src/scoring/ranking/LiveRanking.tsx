import { useTranslation } from 'react-i18next';
import { RankingGrid } from './RankingGrid.tsx';
import { useRankingRows } from './RankingView.tsx';
import { useRanking } from './useRanking.ts';
import { errorMessage } from '../../i18n/errorMessage.ts';

/**
 * A compact ranking beside the sheet, following each score as it is saved (the secretariat typing paper sheets); the
 * dossier being scored is marked and kept in view, so that one sees where it lands.
 */
export function LiveRanking({ follow }: { follow: string | null }) {
  const { t } = useTranslation('scoring');
  const state = useRanking({ ranges: false });
  const rows = useRankingRows(state, follow);
  return (
    <section className="live-ranking" aria-labelledby="live-ranking-title">
      <h2 id="live-ranking-title">{t('sheet.liveRanking')}</h2>
      {state.error ? (
        <p className="blind-note">{errorMessage(state.error)}</p>
      ) : (
        <div className="grid-wrap live-grid" data-testid="live-ranking">
          <RankingGrid rows={rows} compact follow={follow} />
        </div>
      )}
    </section>
  );
}
