/** The Dossiers area's filters (renderer/src/dossiers/dossierFilters.ts): each one, combined, and the search. */
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../../common/domain/types.ts';
import { CHANGED_AFTER_SCORING_CODE } from '../../../common/import/types.ts';
import { activeFilterCount, filterDossiers, fold, NO_FILTERS, type DossierFilters } from '../../../renderer/src/dossiers/dossierFilters.ts';

const base: Dossier = {
  id: '1', name: 'Ville A', echelon: 'commune', insee: '01053', siren: null, departement: '01', region: '84', outreMer: false,
  population: 1000, referent: null, email: null, profile: 1, firstTimeInternational: true, firstTimeVolunteering: null,
  countries: ['SEN'], priorityCountry: true, partnerAuthority: null, schemes: ['SCI'], missionsSending: 1, missionsHosting: 0,
  missionsSci: null, missionsVsi: null, narrative: null, state: 'en_instruction', depositedAt: null, extraFields: {}, warnings: [],
  attachments: 0,
};
const dossiers: Dossier[] = [
  base,
  { ...base, id: '2', name: 'Département de la Réunion', echelon: 'departement', region: '04', outreMer: true, profile: null,
    firstTimeInternational: false, firstTimeVolunteering: true, countries: ['MDG', 'COM'], priorityCountry: false, state: 'accepte',
    warnings: [{ column: 'Pays', code: 'import.unknown_country', params: { value: 'Atlantide' } }] },
  { ...base, id: '3', name: 'Région B', echelon: 'region', region: '84', profile: 3, firstTimeInternational: null,
    firstTimeVolunteering: false, countries: [], priorityCountry: false, changedAfterScoringAt: '2022-04-01T10:00:00.000Z',
    warnings: [{ column: null, code: CHANGED_AFTER_SCORING_CODE, params: { date: '01/04/2022', fields: 'Pays' } }] },
];
const ids = (f: Partial<DossierFilters>) => filterDossiers(dossiers, { ...NO_FILTERS, ...f }, (d) => d.name).map((d) => d.id);

describe('filterDossiers', () => {
  it('shows everything without filters', () => {
    expect(ids({})).toEqual(['1', '2', '3']);
  });

  it.each<[Partial<DossierFilters>, string[]]>([
    [{ echelon: 'departement' }, ['2']],
    [{ region: '84' }, ['1', '3']],
    [{ outreMer: 'yes' }, ['2']],
    [{ outreMer: 'no' }, ['1', '3']],
    [{ profile: '3' }, ['3']],
    [{ profile: 'none' }, ['2']],
    [{ firstTimeInternational: 'yes' }, ['1']],
    [{ firstTimeInternational: 'no' }, ['2']],
    [{ firstTimeInternational: 'unknown' }, ['3']],
    [{ firstTimeVolunteering: 'unknown' }, ['1']],
    [{ country: 'COM' }, ['2']],
    [{ priorityCountry: 'yes' }, ['1']],
    [{ state: 'accepte' }, ['2']],
    [{ warnings: 'with' }, ['2', '3']],
    [{ warnings: 'without' }, ['1']],
    [{ warnings: 'changed' }, ['3']],
    [{ region: '84', warnings: 'without' }, ['1']],
  ])('%o shows %o', (f, expected) => {
    expect(ids(f)).toEqual(expected);
  });

  it('searches without case or accents', () => {
    expect(ids({ search: 'reunion' })).toEqual(['2']);
    expect(ids({ search: '  VILLE ' })).toEqual(['1']);
    expect(fold('Équipe')).toBe('equipe');
  });

  it('counts the filters set, the search included', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, region: '84', search: 'a' })).toBe(2);
    expect(activeFilterCount({ ...NO_FILTERS, search: '   ' })).toBe(0);
  });
});
