import { useTranslation } from 'react-i18next';
import { useScoring } from './ScoringContext.ts';
import { settleChoice, type ViewerChoice } from './viewerChoice.ts';

/**
 * "Who is at the keyboard": the secretariat or a committee member. It decides what the core lets this person see
 * (blind scoring, recusals) and whom the audit chain names for each change. Not a login: the app has none.
 */
export function WhoSelector({ choice, onChange }: { choice: ViewerChoice; onChange: (next: ViewerChoice) => void }) {
  const { t } = useTranslation('scoring');
  const { members } = useScoring();
  return (
    <div className="who">
      <label htmlFor="scoring-who">{t('who.label')}</label>
      <select
        id="scoring-who"
        value={choice.viewer ?? ''}
        onChange={(e) => onChange(settleChoice({ viewer: e.target.value || null, sheetOf: choice.sheetOf }, members))}
        aria-describedby="scoring-who-help"
      >
        <option value="">{t('who.secretariat')}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} — {t(`role.${m.role}`)}
          </option>
        ))}
      </select>
      {/* title: on a narrow window the help is cut to one line (scoring.css); the whole sentence stays at hand. */}
      <span id="scoring-who-help" className="muted who-help" title={choice.viewer === null ? t('who.secretariatHelp') : t('who.memberHelp')}>
        {choice.viewer === null ? t('who.secretariatHelp') : t('who.memberHelp')}
      </span>
    </div>
  );
}
