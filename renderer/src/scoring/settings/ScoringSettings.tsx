import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../../common/domain/types.ts';
import { queryKeys } from '../../data/queryKeys.ts';
import { useApiQuery } from '../../data/useApiQuery.ts';
import { sectionAnchor } from '../../areas/settingsSections.ts';
import { api } from '../../transport.ts';
import '../scoring.css';
import './settings.css';
import { CommitteeEditor } from './CommitteeEditor.tsx';
import { GridEditor } from './GridEditor.tsx';
import { ScoringRulesForm } from './ScoringRulesForm.tsx';

/** The scoring part of Réglages: the grid, the session's scoring rules and the committee (the secretariat's work). */
export function ScoringSettings({ info }: { info: SessionInfo | null }) {
  const { t } = useTranslation('scoring');
  const key = info?.path ?? '';
  const grid = useApiQuery(queryKeys.grid(), () => api.gridGet({}));
  const rules = useApiQuery(queryKeys.scoringSettings(), () => api.scoringSettingsGet({}));
  const members = useApiQuery(queryKeys.members(), () => api.membersList({}));
  if (!info) return null;
  const error = grid.error ?? rules.error ?? members.error;
  return (
    <section className="scoring-settings" aria-labelledby="scoring-settings-title">
      <h2 id="scoring-settings-title">{t('settingsSection')}</h2>
      {error ? <p role="alert">{error}</p> : null}
      <div id={sectionAnchor('grid')}>{grid.data ? <GridEditor key={`grid:${key}`} grid={grid.data} onSaved={grid.reload} /> : null}</div>
      <div id={sectionAnchor('rules')}>
        {rules.data ? <ScoringRulesForm key={`rules:${key}`} settings={rules.data} onSaved={rules.reload} /> : null}
      </div>
      <div id={sectionAnchor('committee')}>
        {members.data ? <CommitteeEditor key={`members:${key}`} members={members.data} onSaved={members.reload} /> : null}
      </div>
    </section>
  );
}
