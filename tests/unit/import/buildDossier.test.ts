import { describe, expect, it } from 'vitest';
import type { RowIssue } from '../../../common/import/types.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { findCompanionColumns } from '../../../main/import/companionColumns.ts';
import { echelonFromLabel, profileFromValue, schemesFromValue } from '../../../common/import/dossierValues.ts';
import type { ColumnMapping } from '../../../common/import/fields.ts';
import type { CellValue } from '../../../common/import/frenchValues.ts';
import { buildDossier, resolveCountries, type RowOutcome } from '../../../main/import/buildDossier.ts';
import { fieldColumns } from '../../../main/import/columnMapping.ts';
import { referenceIndex } from '../../../main/import/referenceIndex.ts';

const ref = referenceIndex();

/** Builds one row of a sheet whose headers are the mapping's keys. */
function row(mapping: ColumnMapping, values: Record<string, CellValue>, extra: string[] = []): RowOutcome {
  const headers = [...Object.keys(mapping), ...extra];
  const full: ColumnMapping = { ...mapping, ...Object.fromEntries(extra.map((h) => [h, null])) };
  const columns = fieldColumns(headers, full);
  const extraColumns = headers.flatMap((h, i) => (full[h] ? [] : [i]));
  return buildDossier({ row: 7, cells: headers.map((h) => values[h] ?? null) }, { headers, columns, extraColumns, ref });
}

const M: ColumnMapping = {
  ID: 'id', État: 'state', Nom: 'name', Échelon: 'echelon', INSEE: 'insee', SIREN: 'siren', Département: 'departement',
  Région: 'region', Population: 'population', Pays: 'countries', Dispositifs: 'schemes', Envoi: 'missionsSending',
  Profil: 'profile', 'Primo international': 'firstTimeInternational', Déposé: 'depositedAt',
};

const text = (issue: RowIssue): string => messageText(issue);

const dossierOf = (o: RowOutcome) => {
  if (o.kind !== 'dossier') throw new Error(`expected a dossier, got ${o.kind}: ${JSON.stringify(o)}`);
  return o;
};

describe('a row becomes a dossier checked against the reference data', () => {
  it('derives échelon, département, région and outre-mer from an INSEE code (leading zero restored)', () => {
    const { dossier, warnings } = dossierOf(row(M, { ID: 1, Nom: 'Ville de Bourg-en-Bresse', INSEE: 1053, Échelon: 'Commune' }));
    expect(dossier).toMatchObject({ id: '1', insee: '01053', echelon: 'commune', departement: '01', region: '84', outreMer: false });
    expect(warnings).toEqual([]);
    const overseas = dossierOf(row(M, { ID: 2, Nom: 'Ville de Fort-de-France', INSEE: '97209' })).dossier;
    expect(overseas).toMatchObject({ departement: '972', region: '02', outreMer: true });
  });

  it('derives an EPCI from its SIREN (a SIRET gives its SIREN) and warns when the declared échelon disagrees', () => {
    const o = dossierOf(row(M, { ID: 3, Nom: 'CC Bugey Sud', SIREN: '200 040 350 00013', Échelon: 'Commune', Population: 0 }));
    expect(o.dossier).toMatchObject({ siren: '200040350', echelon: 'epci', departement: '01', region: '84', population: 34938 });
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toMatchObject({ row: 7, column: 'Échelon' });
    expect(o.warnings[0]).toMatchObject({ code: 'import.echelon_mismatch', params: { declared: 'Commune', found: 'epci', by: 'siren', siren: '200040350' } });
    expect(text(o.warnings[0]!)).toMatch(/échelon déclaré « Commune » mais le SIREN 200040350 désigne : Intercommunalité/);
    // The dossier keeps the warning as a code with its column, without the row (rows move between exports).
    expect(o.dossier.warnings[0]).toEqual({ column: 'Échelon', code: 'import.echelon_mismatch', params: o.warnings[0]!.params });
  });

  it('keeps the declared échelon when it matches one of the identified places (an EPCI giving its seat commune)', () => {
    const o = dossierOf(row(M, { ID: 4, Nom: 'CC Bugey Sud', INSEE: '01053', SIREN: '200040350', Échelon: 'Intercommunalité (EPCI)' }));
    expect(o.dossier.echelon).toBe('epci');
  });

  it('reads départements and régions from codes or names, and warns on a contradiction', () => {
    expect(dossierOf(row(M, { ID: 5, Nom: 'Département de l’Ain', Échelon: 'Département', Département: '01 - Ain' })).dossier).toMatchObject({ echelon: 'departement', departement: '01', region: '84' });
    expect(dossierOf(row(M, { ID: 6, Nom: 'Région', Échelon: 'Conseil régional', Région: 'Île-de-France' })).dossier).toMatchObject({ echelon: 'region', region: '11' });
    const o = dossierOf(row(M, { ID: 7, Nom: 'Ville', INSEE: '01053', Département: '69' }));
    expect(o.dossier.departement).toBe('01');
    expect(text(o.warnings[0]!)).toMatch(/département déclaré « 69 » mais le code INSEE 01053 est dans le département 01/);
  });

  it('resolves countries by French or English name and ISO codes to alpha-3, with DAC and priority checks', () => {
    const o = dossierOf(row(M, { ID: 8, Nom: 'V', INSEE: '01053', Pays: 'Sénégal, Côte d’Ivoire, BF, Viet Nam, MDG', Déposé: '15 mars 2022' }));
    expect(o.dossier.countries).toEqual(['SEN', 'CIV', 'BFA', 'VNM', 'MDG']);
    expect(o.dossier.priorityCountry).toBe(true);
    expect(o.warnings).toEqual([]);
    const w = dossierOf(row(M, { ID: 9, Nom: 'V', INSEE: '01053', Pays: 'Canada; Atlantide', Déposé: '15 mars 2022' }));
    expect(w.dossier.countries).toEqual(['CAN']);
    expect(w.dossier.priorityCountry).toBe(false);
    expect(w.warnings.map(text)).toEqual([
      'pays « Atlantide » inconnu (nom français ou anglais, ou code ISO attendu)',
      "Canada (CAN) ne figure pas sur la liste CAD des pays bénéficiaires de l'APD 2022-2023",
    ]);
    expect(resolveCountries('Bolivie, état plurinational de', ref, () => {})).toEqual(['BOL']);
    expect(messageText(w.warnings[0]!, 'en')).toBe('unknown country “Atlantide” (French or English name, or ISO code expected)');
    expect(resolveCountries('Kosovo', ref, () => {})).toEqual(['XKX']);
  });

  it('skips drafts, rejects a row without ID or name, and keeps unmapped columns as additional fields', () => {
    expect(row(M, { ID: 10, État: 'Brouillon', Nom: 'X' })).toMatchObject({ kind: 'skipped', id: '10' });
    expect(row(M, { ID: 10, État: 'Brouillon', Nom: 'X' })).toMatchObject({ code: 'import.draft' });
    expect(row(M, { Nom: 'Sans identifiant' })).toMatchObject({ kind: 'rejected', issues: [{ row: 7, column: 'ID', code: 'import.missing_id' }] });
    expect(row(M, { ID: 11, Pays: 'Mali' })).toMatchObject({ kind: 'rejected', issues: [{ column: 'Nom', code: 'import.missing_name' }] });
    expect(messageText({ code: 'import.missing_name' })).toBe('nom du candidat manquant');
    expect(row(M, { ID: 12, INSEE: '01053' })).toMatchObject({ kind: 'dossier', dossier: { name: 'Bourg-en-Bresse' } });
    const o = dossierOf(row(M, { ID: 13, Nom: 'V', 'Note libre': '=SOMME(A1:A3)' }, ['Note libre', 'Vide']));
    expect(o.dossier.extraFields).toEqual({ 'Note libre': '=SOMME(A1:A3)' });
    expect(row(M, {})).toEqual({ kind: 'empty', row: 7 });
  });

  it('warns, without rejecting, on values it cannot read', () => {
    const o = dossierOf(row(M, { ID: 14, Nom: 'V', INSEE: '01053', Envoi: 'trois', Profil: 'Profil 7', 'Primo international': 'Peut-être', État: 'Archivé', Déposé: '32/13/2022', Dispositifs: 'Erasmus' }));
    expect(o.dossier).toMatchObject({ missionsSending: null, profile: null, firstTimeInternational: null, state: 'en_construction', depositedAt: null, schemes: [] });
    expect(o.warnings.map((w) => w.column).sort()).toEqual(['Dispositifs', 'Déposé', 'Envoi', 'Primo international', 'Profil', 'État'].sort());
  });
});

describe('an échelon corrected from the INSEE code', () => {
  it('takes the commune the code designates and says so as a correction to confirm, « Commune retenue »', () => {
    const o = dossierOf(row(M, { ID: 20, Nom: 'Mairie', Échelon: 'Département du Gers', INSEE: '32013' }));
    expect(o.dossier).toMatchObject({ echelon: 'commune', insee: '32013', departement: '32', region: '76' });
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toMatchObject({ column: 'Échelon', code: 'import.echelon_corrected', params: { name: 'Auch', by: 'insee', code: '32013' } });
    expect(text(o.warnings[0]!)).toBe('Commune retenue : échelon déclaré « Département du Gers », mais le code INSEE 32013 désigne la commune « Auch » ; à confirmer');
  });
});

describe('démarches-simplifiées companion columns, a second source for a wrong code', () => {
  const headers = ['ID', 'Nom de la collectivité', 'Échelon', 'Commune', 'Commune (Code INSEE)', 'Commune (Département)', 'EPCI', 'EPCI (Code)', 'EPCI (Département)', 'Département', 'Région'];
  const mapping: ColumnMapping = {
    ID: 'id', 'Nom de la collectivité': 'name', Échelon: 'echelon', Commune: null, 'Commune (Code INSEE)': 'insee',
    // The companion département column is left unmapped: a separate "Département" column takes the field.
    'Commune (Département)': null, EPCI: null, 'EPCI (Code)': 'siren', 'EPCI (Département)': null, Département: 'departement', Région: 'region',
  };
  const companionRow = (values: Record<string, CellValue>): RowOutcome => {
    const columns = fieldColumns(headers, mapping);
    const companions = findCompanionColumns(headers, columns.insee?.[0], columns.siren?.[0]);
    const extraColumns = headers.flatMap((h, i) => (mapping[h] ? [] : [i]));
    return buildDossier({ row: 4, cells: headers.map((h) => values[h] ?? null) }, { headers, columns, extraColumns, ref, companions });
  };

  it('finds the groups by their headers', () => {
    expect(findCompanionColumns(headers, 4, 7)).toEqual({
      commune: { base: 'Commune', name: 3, inseeCode: 4, departement: 5 },
      epci: { base: 'EPCI', name: 6, code: 7, departement: 8 },
      departement: undefined,
    });
  });

  it('a wrong INSEE code: département and région from the companion columns, the commune found by name, its code proposed', () => {
    const o = dossierOf(companionRow({ ID: 30, 'Nom de la collectivité': 'Mairie de Thiverny', Échelon: 'Commune', Commune: 'Thiverny', 'Commune (Code INSEE)': '99999', 'Commune (Département)': 'Oise' }));
    expect(o.dossier).toMatchObject({ echelon: 'commune', insee: '99999', departement: '60', region: '32' });
    expect(o.warnings).toHaveLength(1);
    expect(o.warnings[0]).toMatchObject({ column: 'Commune (Code INSEE)', code: 'import.insee_unknown_found', params: { code: '99999', name: 'Thiverny', departement: 'Oise', found: '60635' } });
    expect(text(o.warnings[0]!)).toMatch(/code INSEE « 99999 » absent du référentiel.*la commune « Thiverny » \(Oise\) a le code 60635 : à corriger/);
  });

  it('a commune name the reference does not know still gives the département and région', () => {
    const o = dossierOf(companionRow({ ID: 31, 'Nom de la collectivité': 'Mairie', Échelon: 'Commune', Commune: 'Nulle-Part', 'Commune (Code INSEE)': '99999', 'Commune (Département)': '60 - Oise' }));
    expect(o.dossier).toMatchObject({ echelon: 'commune', departement: '60', region: '32' });
    expect(o.warnings.map((w) => w.code)).toEqual(['import.insee_unknown']);
  });

  it('a wrong EPCI SIREN: the EPCI found by name within its département, its SIREN proposed', () => {
    const o = dossierOf(companionRow({ ID: 32, 'Nom de la collectivité': 'CC', Échelon: 'Intercommunalité', EPCI: 'CC Bugey Sud', 'EPCI (Code)': '123456782', 'EPCI (Département)': 'Ain' }));
    expect(o.dossier).toMatchObject({ echelon: 'epci', siren: '123456782', departement: '01', region: '84', population: 34938 });
    expect(o.warnings).toEqual([expect.objectContaining({ column: 'EPCI (Code)', code: 'import.siren_unknown_found', params: expect.objectContaining({ found: '200040350' }) })]);
  });
});

describe('the call’s own values', () => {
  it('reads échelon labels', () => {
    const e = (s: string) => (echelonFromLabel(s) as { value: unknown }).value;
    expect(e('Commune')).toBe('commune');
    expect(e('Intercommunalité (EPCI)')).toBe('epci');
    expect(e('Communauté de communes')).toBe('epci');
    expect(e("Communauté d'agglomération")).toBe('epci');
    expect(e('Métropole')).toBe('epci');
    expect(e('Département')).toBe('departement');
    expect(e('Conseil départemental')).toBe('departement');
    expect(e('Région')).toBe('region');
    expect(e('Collectivité territoriale de Martinique')).toBe('region');
    expect(e('Syndicat mixte')).toBe('autre');
    expect(echelonFromLabel('Ministère').ok).toBe(false);
  });

  it('reads profiles and schemes', () => {
    expect(profileFromValue('Profil 1 : partenariat existant')).toEqual({ ok: true, value: 1 });
    expect(profileFromValue(3)).toEqual({ ok: true, value: 3 });
    expect(profileFromValue('2')).toEqual({ ok: true, value: 2 });
    expect(schemesFromValue('Service Civique, VSI')).toEqual({ schemes: ['SCI', 'VSI'], unknown: [] });
    expect(schemesFromValue('Volontariat de solidarité internationale')).toEqual({ schemes: ['VSI'], unknown: [] });
    expect(schemesFromValue('Erasmus+')).toEqual({ schemes: [], unknown: ['Erasmus+'] });
  });
});
