import { describe, expect, it } from 'vitest';
import { refusal } from './refusal.ts';
import { detectLayout, isDsSystemHeader, stateFromLabel } from '../../../common/import/dsLayout.ts';
import { proposeMapping } from '../../../common/import/proposeMapping.ts';
import type { SavedMapping } from '../../../common/import/types.ts';
import { bestSavedMapping, parseMapping, resolveMapping } from '../../../main/import/columnMapping.ts';
import { dsHeaders } from '../../fixtures/import/dsExport.ts';

describe('démarches-simplifiées layouts', () => {
  it('tells the 2022 layout from today’s by header text, and a hand-made sheet from both', () => {
    expect(detectLayout(dsHeaders('2022'))).toBe('ds-2022');
    expect(detectLayout(dsHeaders('2024'))).toBe('ds-2024');
    expect(detectLayout(['ID', 'État du dossier', 'Nom'])).toBe('ds');
    expect(detectLayout(['Collectivité', 'Code INSEE'])).toBe('tableur');
    // Columns reordered by a custom export template are recognised all the same.
    expect(detectLayout([...dsHeaders('2024')].reverse())).toBe('ds-2024');
  });

  it('reads every state label and knows the platform’s own columns', () => {
    expect(stateFromLabel('Brouillon')).toBe('brouillon');
    expect(stateFromLabel('En construction')).toBe('en_construction');
    expect(stateFromLabel('Accepté')).toBe('accepte');
    expect(stateFromLabel('Classé sans suite')).toBe('sans_suite');
    expect(stateFromLabel('Perdu')).toBeUndefined();
    expect(isDsSystemHeader('Motivation de la décision')).toBe(true);
    expect(isDsSystemHeader('Établissement SIRET')).toBe(true);
    expect(isDsSystemHeader('Motivation de la candidature')).toBe(false);
  });
});

describe('the proposed mapping', () => {
  it('maps the call’s form fields of a démarches-simplifiées export', () => {
    const m = proposeMapping(dsHeaders('2024'));
    expect(m).toMatchObject({
      ID: 'id',
      'État du dossier': 'state',
      'Déposé le': 'depositedAt',
      'Nom de la collectivité': 'name',
      'Échelon de la collectivité': 'echelon',
      'Commune (Code INSEE)': 'insee',
      'Commune (Département)': 'departement',
      'SIREN de la collectivité': 'siren',
      Population: 'population',
      'Nom du référent': 'referent',
      'Courriel du référent': 'email',
      Profil: 'profile',
      "Première expérience à l'international ?": 'firstTimeInternational',
      'Première expérience du volontariat international ?': 'firstTimeVolunteering',
      'Pays partenaire(s)': 'countries',
      'Collectivité partenaire': 'partnerAuthority',
      Dispositifs: 'schemes',
      "Nombre de missions d'envoi": 'missionsSending',
      "Nombre de missions d'accueil": 'missionsHosting',
      'Motivation de la candidature': 'narrative',
      'Description du projet': 'narrative',
    });
    // The instructor's motivation is not the applicant's; the account e-mail gives way to the referent's.
    expect(m['Motivation de la décision']).toBeNull();
    expect(m.Email).toBeNull();
    expect(m["Engagement de l'exécutif"]).toBeNull();
  });

  it('proposes each single field once, the strongest match winning', () => {
    const m = proposeMapping(['Nom', 'Nom de la collectivité', 'Code INSEE', 'INSEE (ancien)']);
    expect(m['Nom de la collectivité']).toBe('name');
    expect(m.Nom).toBeNull();
    expect(m['Code INSEE']).toBe('insee');
    expect(m['INSEE (ancien)']).toBeNull();
  });

  it('takes "Nom" as the applicant’s name in a hand-made sheet, not in an export (it is the filer’s surname there)', () => {
    expect(proposeMapping(['N° dossier', 'Nom', 'Pays'])).toMatchObject({ 'N° dossier': 'id', Nom: 'name', Pays: 'countries' });
    expect(proposeMapping(['ID', 'État du dossier', 'Nom'])).toMatchObject({ Nom: null });
  });
});

describe('the mapping the user gives or saved', () => {
  it('refuses an unknown field or a single field fed by two columns, in French', () => {
    expect(refusal(() => parseMapping({ A: 'nom' }, 'Correspondance « m.json »'))).toMatch(/champ « nom » inconnu pour la colonne « A »/);
    expect(refusal(() => parseMapping({ A: 'name', B: 'name' }, 'm'))).toMatch(/associé à deux colonnes/);
    expect(parseMapping({ A: 'narrative', B: 'narrative', C: null }, 'm')).toEqual({ A: 'narrative', B: 'narrative', C: null });
    expect(refusal(() => parseMapping(['A'], 'm'))).toMatch(/objet JSON/);
  });

  it('puts the user’s choices first and lets the proposal fill only what they leave open', () => {
    const headers = ['ID', 'Collectivité', 'Territoire de rattachement', 'Pays'];
    const r = resolveMapping(headers, { explicit: { 'Territoire de rattachement': 'name', Absente: 'email' } });
    expect(r.mapping).toEqual({ ID: 'id', Collectivité: null, 'Territoire de rattachement': 'name', Pays: 'countries' });
    expect(r.source['Territoire de rattachement']).toBe('explicit');
    expect(r.notes).toEqual([{ code: 'import.mapping_column_absent', params: { column: 'Absente' } }]);
  });

  it('proposes again the saved mapping that fits the file, matching headers loosely', () => {
    const saved: SavedMapping[] = [
      { name: 'autre appel', mapping: { 'Colonne X': 'name', 'Colonne Y': 'email' }, createdAt: '', updatedAt: '', lastUsedAt: null },
      { name: 'vague 1', mapping: { Territoire: 'name', identifiant: 'id' }, createdAt: '', updatedAt: '', lastUsedAt: null },
    ];
    expect(bestSavedMapping(['Identifiant', 'Territoire ', 'Pays'], saved)?.name).toBe('vague 1');
    const r = resolveMapping(['Identifiant', 'Territoire', 'Pays'], { saved });
    expect(r.savedMappingName).toBe('vague 1');
    expect(r.mapping).toEqual({ Identifiant: 'id', Territoire: 'name', Pays: 'countries' });
  });
});
