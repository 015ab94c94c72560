import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSSIER_STATES, ECHELONS, type Dossier, type ReferenceLabels } from '../../../common/domain/types.ts';
import { activeFilterCount, NO_FILTERS, type DossierFilters } from './dossierFilters.ts';
import { countryName } from './useReferenceLabels.ts';

function Filter({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * The filters of the Dossiers area: échelon, région, outre-mer, profile, first-timer flags, country, priority
 * country, state, warnings, and the text search. Régions and countries offered are those of the session's dossiers.
 */
export function DossierFiltersBar({ all, labels, filters, onChange }: {
  all: readonly Dossier[];
  labels: ReferenceLabels;
  filters: DossierFilters;
  onChange: (f: DossierFilters) => void;
}) {
  const { t, i18n } = useTranslation();
  const set = <K extends keyof DossierFilters>(key: K, value: DossierFilters[K]) => onChange({ ...filters, [key]: value });
  const regions = useMemo(
    () =>
      [...new Set(all.flatMap((d) => (d.region ? [d.region] : [])))]
        .map((code) => ({ code, name: labels.regions[code] ?? code }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    [all, labels],
  );
  const countries = useMemo(
    () =>
      [...new Set(all.flatMap((d) => d.countries))]
        .map((code) => ({ code, name: countryName(labels, code, i18n.language) }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [all, labels, i18n.language],
  );
  const allOption = <option value="">{t('dossiers.all')}</option>;
  const yesNo = (unknown: boolean) => (
    <>
      {allOption}
      <option value="yes">{t('common.yes')}</option>
      <option value="no">{t('common.no')}</option>
      {unknown ? <option value="unknown">{t('dossiers.filters.unknown')}</option> : null}
    </>
  );

  return (
    <div className="filters filters-grid" role="search" aria-label={t('dossiers.filters.label')}>
      <Filter id="filter-search" label={t('dossiers.search')}>
        <input
          id="filter-search"
          type="search"
          value={filters.search}
          placeholder={t('dossiers.searchPlaceholder')}
          onChange={(e) => set('search', e.target.value)}
        />
      </Filter>
      <Filter id="filter-echelon" label={t('dossiers.filterEchelon')}>
        <select id="filter-echelon" value={filters.echelon} onChange={(e) => set('echelon', e.target.value as DossierFilters['echelon'])}>
          {allOption}
          {ECHELONS.map((e) => (
            <option key={e} value={e}>
              {t(`echelon.${e}`)}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="filter-region" label={t('dossiers.filters.region')}>
        <select id="filter-region" value={filters.region} onChange={(e) => set('region', e.target.value)}>
          {allOption}
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="filter-outre-mer" label={t('dossiers.filters.outreMer')}>
        <select id="filter-outre-mer" value={filters.outreMer} onChange={(e) => set('outreMer', e.target.value as DossierFilters['outreMer'])}>
          {yesNo(false)}
        </select>
      </Filter>
      <Filter id="filter-profile" label={t('dossiers.filters.profile')}>
        <select id="filter-profile" value={filters.profile} onChange={(e) => set('profile', e.target.value as DossierFilters['profile'])}>
          {allOption}
          {(['1', '2', '3'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`profile.${p}`)}
            </option>
          ))}
          <option value="none">{t('dossiers.filters.profileNone')}</option>
        </select>
      </Filter>
      <Filter id="filter-first-international" label={t('dossiers.filters.firstTimeInternational')}>
        <select
          id="filter-first-international"
          value={filters.firstTimeInternational}
          onChange={(e) => set('firstTimeInternational', e.target.value as DossierFilters['firstTimeInternational'])}
        >
          {yesNo(true)}
        </select>
      </Filter>
      <Filter id="filter-first-volunteering" label={t('dossiers.filters.firstTimeVolunteering')}>
        <select
          id="filter-first-volunteering"
          value={filters.firstTimeVolunteering}
          onChange={(e) => set('firstTimeVolunteering', e.target.value as DossierFilters['firstTimeVolunteering'])}
        >
          {yesNo(true)}
        </select>
      </Filter>
      <Filter id="filter-country" label={t('dossiers.filters.country')}>
        <select id="filter-country" value={filters.country} onChange={(e) => set('country', e.target.value)}>
          {allOption}
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="filter-priority" label={t('dossiers.filters.priorityCountry')}>
        <select id="filter-priority" value={filters.priorityCountry} onChange={(e) => set('priorityCountry', e.target.value as DossierFilters['priorityCountry'])}>
          {yesNo(false)}
        </select>
      </Filter>
      <Filter id="filter-state" label={t('dossiers.filters.state')}>
        <select id="filter-state" value={filters.state} onChange={(e) => set('state', e.target.value as DossierFilters['state'])}>
          {allOption}
          {DOSSIER_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`state.${s}`)}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="filter-warnings" label={t('dossiers.filters.warnings')}>
        <select id="filter-warnings" value={filters.warnings} onChange={(e) => set('warnings', e.target.value as DossierFilters['warnings'])}>
          {allOption}
          <option value="with">{t('dossiers.filters.withWarnings')}</option>
          <option value="without">{t('dossiers.filters.withoutWarnings')}</option>
          <option value="changed">{t('dossiers.filters.changedAfterScoring')}</option>
        </select>
      </Filter>
      {activeFilterCount(filters) > 0 ? (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t('dossiers.filters.reset')}
        </button>
      ) : null}
    </div>
  );
}
