import { useTranslation } from 'react-i18next';
import type { Dossier, ReferenceLabels } from '../../../common/domain/types.ts';
import { countryName } from './useReferenceLabels.ts';

function YesNo({ value }: { value: boolean | null }) {
  const { t } = useTranslation();
  return <>{value === null ? t('common.unknown') : value ? t('common.yes') : t('common.no')}</>;
}

/** A dossier's fields, grouped as the committee reads them, then its additional fields (columns kept as they came). */
export function DossierFacts({ dossier, labels, headingLevel = 3 }: { dossier: Dossier; labels: ReferenceLabels; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const number = new Intl.NumberFormat(i18n.language);
  const na = t('common.unknown');
  return (
    <>
      <H>{t('dossier.identity')}</H>
      <dl className="facts">
        {dossier.insee ? (
          <>
            <dt>{t('dossier.insee')}</dt>
            <dd>{dossier.insee}</dd>
          </>
        ) : null}
        {dossier.siren ? (
          <>
            <dt>{t('dossier.siren')}</dt>
            <dd>{dossier.siren}</dd>
          </>
        ) : null}
        <dt>{t('dossiers.col.departement')}</dt>
        <dd>{dossier.departement ? `${labels.departements[dossier.departement] ?? ''} (${dossier.departement})` : na}</dd>
        <dt>{t('dossiers.col.region')}</dt>
        <dd>{dossier.region ? labels.regions[dossier.region] ?? dossier.region : na}</dd>
        <dt>{t('dossiers.col.outreMer')}</dt>
        <dd>
          <YesNo value={dossier.outreMer} />
        </dd>
        <dt>{t('dossier.population')}</dt>
        <dd>{dossier.population === null ? na : number.format(dossier.population)}</dd>
        <dt>{t('dossier.profile')}</dt>
        <dd>{dossier.profile ? t(`profile.${dossier.profile}`) : na}</dd>
        <dt>{t('dossier.firstTimeInternational')}</dt>
        <dd>
          <YesNo value={dossier.firstTimeInternational} />
        </dd>
        <dt>{t('dossier.firstTimeVolunteering')}</dt>
        <dd>
          <YesNo value={dossier.firstTimeVolunteering} />
        </dd>
        <dt>{t('dossier.depositedAt')}</dt>
        <dd>{dossier.depositedAt ? dateFormat.format(new Date(dossier.depositedAt)) : na}</dd>
      </dl>
      <H>{t('dossier.contact')}</H>
      <dl className="facts">
        <dt>{t('dossier.referent')}</dt>
        <dd>{dossier.referent ?? na}</dd>
        <dt>{t('dossier.email')}</dt>
        <dd>{dossier.email ?? na}</dd>
      </dl>
      <H>{t('dossier.project')}</H>
      <dl className="facts">
        <dt>{t('dossier.countries')}</dt>
        <dd>
          {dossier.countries.map((c) => countryName(labels, c, i18n.language)).join(', ') || na}
          {dossier.priorityCountry ? <span className="badge">{t('dossier.priority')}</span> : null}
        </dd>
        <dt>{t('dossier.partnerAuthority')}</dt>
        <dd>{dossier.partnerAuthority ?? na}</dd>
        <dt>{t('dossier.schemes')}</dt>
        <dd>{dossier.schemes.join(', ') || na}</dd>
        <dt>{t('dossier.missionsSci')}</dt>
        <dd>{dossier.missionsSci ?? na}</dd>
        <dt>{t('dossier.missionsVsi')}</dt>
        <dd>{dossier.missionsVsi ?? na}</dd>
        <dt>{t('dossier.missionsSending')}</dt>
        <dd>{dossier.missionsSending ?? na}</dd>
        <dt>{t('dossier.missionsHosting')}</dt>
        <dd>{dossier.missionsHosting ?? na}</dd>
        <dt>{t('dossier.attachments')}</dt>
        <dd>{dossier.attachments}</dd>
      </dl>
      {dossier.narrative ? (
        <>
          <H>{t('dossier.narrative')}</H>
          <p className="narrative">{dossier.narrative}</p>
        </>
      ) : null}
      {Object.keys(dossier.extraFields).length > 0 ? (
        <>
          <H>{t('dossier.extraFields')}</H>
          <dl className="facts" data-testid="extra-fields">
            {Object.entries(dossier.extraFields).map(([k, v]) => (
              <div key={k} className="fact-row">
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}
