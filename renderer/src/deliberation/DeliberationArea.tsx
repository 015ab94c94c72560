/**
 * The Délibération area (`#/deliberation/<view>`): one small tab list (tabs.ts) over its views, each in its own
 * file. Without a view in the address, the first one.
 */
import { useTranslation } from 'react-i18next';
import { navigate } from '../router.tsx';
import { routes, type DeliberationView } from '../routes.ts';
import { Tabs, tabPanelProps } from '../scoring/Tabs.tsx';
import { AuditView } from './audit/AuditView.tsx';
import { DecisionsView } from './decisions/DecisionsView.tsx';
import { WaitingListView } from './decisions/WaitingListView.tsx';
import { ProposalView } from './ProposalView.tsx';
import { DeliberationNotes } from '../notes/DeliberationNotes.tsx';
import { DecisionPanel } from './decisions/DecisionPanel.tsx';
import { RoomView } from './room/RoomView.tsx';
import { TargetsView } from './TargetsView.tsx';
import { DELIBERATION_VIEWS } from './tabs.ts';
import '../scoring/scoring.css';
import './deliberation.css';

export function DeliberationArea({ view }: { view: DeliberationView | null }) {
  const { t } = useTranslation('deliberation');
  const shown = view ?? DELIBERATION_VIEWS[0]!;
  return (
    <section aria-labelledby="area-title" className="deliberation">
      <h1 id="area-title">{t('title')}</h1>
      <Tabs
        label={t('tabs.label')}
        idPrefix="deliberation"
        items={DELIBERATION_VIEWS.map((id) => ({ id, label: t(`tabs.${id}`) }))}
        selected={shown}
        onSelect={(id) => navigate(routes.deliberation(id))}
      />
      <div {...tabPanelProps('deliberation', shown)} className="deliberation-panel">
        {shown === 'room' && <RoomView renderDecision={(dossier, meeting) => <DecisionPanel dossier={dossier} meeting={meeting} />} renderNotes={(dossier) => <DeliberationNotes dossier={dossier} />} />}
        {shown === 'targets' && <TargetsView />}
        {shown === 'proposal' && <ProposalView />}
        {shown === 'decisions' && <DecisionsView />}
        {shown === 'waitingList' && <WaitingListView />}
        {shown === 'audit' && <AuditView />}
      </div>
    </section>
  );
}
