import { useTranslation } from 'react-i18next';
import type { Avis } from '../../../common/import/types.ts';

/** Expert opinions from the `Avis` sheet of démarches-simplifiées: who was asked what, and what they answered. */
export function DossierAvis({ avis }: { avis: Avis[] }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const day = (iso: string | null) => (iso ? date.format(new Date(iso)) : null);
  if (avis.length === 0) return <p className="muted">{t('dossier.avisEmpty')}</p>;
  return (
    <ul className="avis-list">
      {avis.map((a) => (
        <li key={a.id} className="avis">
          <dl className="facts">
            {a.expert ? (
              <>
                <dt>{t('dossier.avisExpert')}</dt>
                <dd>{a.expert}</dd>
              </>
            ) : null}
            {a.question ? (
              <>
                <dt>{t('dossier.avisQuestion')}</dt>
                <dd>{a.question}</dd>
              </>
            ) : null}
            <dt>{t('dossier.avisAnswer')}</dt>
            <dd className="narrative">
              {a.answerYesNo !== null ? <strong>{a.answerYesNo ? t('common.yes') : t('common.no')} </strong> : null}
              {a.answer ?? (a.answerYesNo === null ? t('dossier.avisPending') : '')}
            </dd>
            {a.introduction ? (
              <>
                <dt>{t('dossier.avisIntroduction')}</dt>
                <dd className="narrative">{a.introduction}</dd>
              </>
            ) : null}
            {a.instructeur ? (
              <>
                <dt>{t('dossier.avisInstructeur')}</dt>
                <dd>{a.instructeur}</dd>
              </>
            ) : null}
          </dl>
          <p className="muted">
            {[day(a.createdAt) && t('dossier.avisAsked', { date: day(a.createdAt) }), day(a.answeredAt) && t('dossier.avisAnswered', { date: day(a.answeredAt) })]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
