import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../../../common/domain/types.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { useScoring } from '../ScoringContext.ts';

/** The key facts of a dossier, above its column in the comparison. */
export function DossierFacts({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation('scoring');
  const { t: tt } = useTranslation();
  const lang = i18n.language;
  const { labels } = useScoring();
  const yesNo = (v: boolean | null) => (v === null ? '—' : v ? t('sheet.yes') : t('sheet.no'));
  const place = [dossier.departement ? labels.departements[dossier.departement] ?? dossier.departement : null, dossier.region ? labels.regions[dossier.region] ?? dossier.region : null]
    .filter(Boolean)
    .join(', ');
  const countries = dossier.countries.map((c) => (lang === 'en' ? labels.countries[c]?.en : labels.countries[c]?.fr) ?? c).join(', ');
  const missions = (dossier.missionsSending ?? 0) + (dossier.missionsHosting ?? 0);
  return (
    <dl className="facts compact-facts">
      <dt>{t('facts.echelon')}</dt>
      <dd>{tt(`echelon.${dossier.echelon}`)}{place ? ` — ${place}` : ''}</dd>
      <dt>{t('facts.population')}</dt>
      <dd>{formatNumber(dossier.population, lang, 0)}</dd>
      <dt>{t('facts.countries')}</dt>
      <dd>{countries || '—'}</dd>
      <dt>{t('facts.missions')}</dt>
      <dd>
        {t('facts.missionsDetail', {
          total: missions,
          sending: dossier.missionsSending ?? 0,
          hosting: dossier.missionsHosting ?? 0,
          sci: dossier.missionsSci ?? 0,
          vsi: dossier.missionsVsi ?? 0,
        })}
      </dd>
      <dt>{t('facts.profile')}</dt>
      <dd>{dossier.profile ?? '—'}</dd>
      <dt>{t('facts.firstTime')}</dt>
      <dd>{yesNo(dossier.firstTimeInternational)}</dd>
      <dt>{t('facts.deposited')}</dt>
      <dd>{formatDateTime(dossier.depositedAt, lang) || '—'}</dd>
    </dl>
  );
}
