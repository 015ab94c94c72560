/** The few facts of a dossier the committee reads aloud in the room: tier, region, countries, missions, first time. */
import { useTranslation } from 'react-i18next';
import type { Dossier, ReferenceLabels } from '../../../../common/domain/types.ts';
import { countryName } from '../../dossiers/useReferenceLabels.ts';

export function DossierKeyFacts({ dossier, labels }: { dossier: Dossier; labels: ReferenceLabels | null }) {
  const { t, i18n } = useTranslation('room');
  const { t: tc } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const unknown = t('facts.unknown');
  const yesNo = (v: boolean | null) => (v === null ? unknown : v ? t('facts.yes') : t('facts.no'));
  const missions = [dossier.missionsSending, dossier.missionsHosting].filter((m): m is number => m !== null);
  return (
    <dl className="facts key-facts" data-testid="key-facts">
      <dt>{t('facts.echelon')}</dt>
      <dd>{tc(`echelon.${dossier.echelon}`)}</dd>
      <dt>{t('facts.region')}</dt>
      <dd>{dossier.region ? labels?.regions[dossier.region] ?? dossier.region : unknown}</dd>
      <dt>{t('facts.countries')}</dt>
      <dd>{dossier.countries.length ? dossier.countries.map((c) => (labels ? countryName(labels, c, i18n.language) : c)).join(', ') : unknown}</dd>
      <dt>{t('facts.missions')}</dt>
      <dd>{missions.length ? number.format(missions.reduce((a, b) => a + b, 0)) : unknown}</dd>
      <dt>{t('facts.firstTime')}</dt>
      <dd>{yesNo(dossier.firstTimeInternational)}</dd>
      <dt>{t('facts.priority')}</dt>
      <dd>{yesNo(dossier.priorityCountry)}</dd>
    </dl>
  );
}
