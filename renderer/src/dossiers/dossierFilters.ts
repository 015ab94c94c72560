/**
 * The Dossiers area's filters, as one value and one pure predicate (unit-tested in tests/unit/dossiers). Every
 * filter is "all" when empty; a dossier is shown when it passes every filter and the text search.
 */
import type { Dossier, DossierState, Echelon } from '../../../common/domain/types.ts';

export type YesNo = '' | 'yes' | 'no';
export type YesNoUnknown = YesNo | 'unknown';

export interface DossierFilters {
  echelon: Echelon | '';
  /** INSEE region code. */
  region: string;
  outreMer: YesNo;
  profile: '' | '1' | '2' | '3' | 'none';
  firstTimeInternational: YesNoUnknown;
  firstTimeVolunteering: YesNoUnknown;
  /** ISO 3166 alpha-3 code among the dossier's partner countries. */
  country: string;
  priorityCountry: YesNo;
  state: DossierState | '';
  warnings: '' | 'with' | 'without' | 'changed';
  search: string;
}

export const NO_FILTERS: DossierFilters = {
  echelon: '',
  region: '',
  outreMer: '',
  profile: '',
  firstTimeInternational: '',
  firstTimeVolunteering: '',
  country: '',
  priorityCountry: '',
  state: '',
  warnings: '',
  search: '',
};

/** The mark is the dossier's own column (set by an import, cleared when the committee acknowledges). */
export const isChangedAfterScoring = (d: Dossier): boolean => Boolean(d.changedAfterScoringAt);

const yesNo = (wanted: YesNo, value: boolean): boolean => wanted === '' || (wanted === 'yes') === value;

const yesNoUnknown = (wanted: YesNoUnknown, value: boolean | null): boolean =>
  wanted === '' || (wanted === 'unknown' ? value === null : value !== null && (wanted === 'yes') === value);

/** Lower case without accents, so that "reunion" finds "Réunion". */
export const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('fr');

/**
 * The dossiers that pass `f`. `searchText` gives the text a dossier is searched in (its name, codes and country
 * names, which need the reference labels the caller holds).
 */
export function filterDossiers(all: readonly Dossier[], f: DossierFilters, searchText: (d: Dossier) => string): Dossier[] {
  const needle = fold(f.search.trim());
  return all.filter(
    (d) =>
      (!f.echelon || d.echelon === f.echelon) &&
      (!f.region || d.region === f.region) &&
      yesNo(f.outreMer, d.outreMer) &&
      (f.profile === '' || (f.profile === 'none' ? d.profile === null : d.profile === Number(f.profile))) &&
      yesNoUnknown(f.firstTimeInternational, d.firstTimeInternational) &&
      yesNoUnknown(f.firstTimeVolunteering, d.firstTimeVolunteering) &&
      (!f.country || d.countries.includes(f.country)) &&
      yesNo(f.priorityCountry, d.priorityCountry) &&
      (!f.state || d.state === f.state) &&
      (f.warnings === '' ||
        (f.warnings === 'with' && d.warnings.length > 0) ||
        (f.warnings === 'without' && d.warnings.length === 0) ||
        (f.warnings === 'changed' && isChangedAfterScoring(d))) &&
      (!needle || fold(searchText(d)).includes(needle)),
  );
}

/** How many filters (the search included) are set: the "reset" button shows only when there is one. */
export const activeFilterCount = (f: DossierFilters): number => Object.values(f).filter((v) => v.trim() !== '').length;
