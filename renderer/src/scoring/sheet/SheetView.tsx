import { useTranslation } from 'react-i18next';
import { scoresInSession } from '../../../../common/scoring/input.ts';
import { useScoring } from '../ScoringContext.ts';
import { MemberSheet } from './MemberSheet.tsx';

/** The sheet tab: a member scores their own sheet; the secretariat picks whose sheet it types (paper, dictation). */
export function SheetView({ sheetOf, onSheetOf }: { sheetOf: string | null; onSheetOf: (member: string) => void }) {
  const { t } = useTranslation('scoring');
  const { members, viewer } = useScoring();
  const scorers = members.filter((m) => scoresInSession(m.role));
  const memberId = viewer ?? sheetOf;
  const member = members.find((m) => m.id === memberId) ?? null;

  return (
    <div className="sheet-view">
      {viewer === null ? (
        <div className="sheet-of">
          <label htmlFor="sheet-of">{t('sheet.sheetOf')}</label>
          <select id="sheet-of" value={sheetOf ?? ''} onChange={(e) => onSheetOf(e.target.value)}>
            {scorers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.institution.length > 40 ? `${m.institution.slice(0, 38)}…` : m.institution})
              </option>
            ))}
          </select>
          <span className="muted">{t('sheet.onBehalf')}</span>
        </div>
      ) : null}
      {!member ? (
        <p>{t('sheet.noScorer')}</p>
      ) : !scoresInSession(member.role) ? (
        <p>{t('sheet.observer', { name: member.name })}</p>
      ) : (
        <MemberSheet key={`${member.id}:${viewer ?? ''}`} member={member} />
      )}
    </div>
  );
}
