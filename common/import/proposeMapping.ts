/**
 * Proposes a mapping from the headers alone: exact names known from démarches-simplifiées and from the call's
 * forms first, then keywords. Each header feeds at most one field and each field one header (except `narrative`),
 * the strongest match winning. The user reviews the proposal; nothing here is final.
 */
import { detectLayout, isDsSystemHeader } from './dsLayout.ts';
import { MULTI_COLUMN_FIELDS, type ColumnMapping, type MappableField } from './fields.ts';
import { headerKey } from './frenchValues.ts';

type Test = (key: string) => boolean;

interface Rule {
  field: MappableField;
  score: number;
  test: Test;
  /** Whether the rule may claim a column the platform adds (ID, État du dossier…). */
  system?: boolean;
}

const is = (...names: string[]): Test => {
  const set = new Set(names);
  return (k) => set.has(k);
};
const has = (...words: string[]): Test => (k) => words.every((w) => ` ${k} `.includes(` ${w}`));
const lacks = (...words: string[]): Test => (k) => words.every((w) => !` ${k} `.includes(` ${w}`));
const all = (...tests: Test[]): Test => (k) => tests.every((t) => t(k));
const any = (...tests: Test[]): Test => (k) => tests.some((t) => t(k));

const missionWords = any(has('mission'), has('volontaire'), has('nombre'), has('nb'));

const RULES: Rule[] = [
  { field: 'id', score: 100, system: true, test: is('id', 'dossier id', 'id dossier', 'numero de dossier', 'numero dossier', 'n dossier', 'no dossier', 'identifiant', 'identifiant du dossier', 'reference du dossier') },
  { field: 'state', score: 100, system: true, test: is('etat du dossier', 'etat', 'statut', 'statut du dossier') },
  { field: 'depositedAt', score: 100, system: true, test: is('depose le', 'date de depot', 'date du depot', 'deposee le') },

  { field: 'name', score: 95, test: is('nom de la collectivite', 'collectivite', 'nom de la collectivite candidate', 'collectivite candidate', 'nom du candidat', 'candidat', 'nom de la structure', 'structure', 'structure candidate', 'raison sociale', 'denomination', 'applicant', 'nom de la collectivite ou du groupement') },
  { field: 'name', score: 85, test: is('nom', 'name', 'nom du demandeur') },
  { field: 'name', score: 80, test: all(has('nom'), any(has('collectivite'), has('structure'), has('candidat')), lacks('partenaire', 'referent', 'contact')) },
  { field: 'name', score: 70, system: true, test: is('entreprise raison sociale', 'association titre') },
  { field: 'name', score: 55, test: all(any(has('collectivite'), has('structure')), lacks('partenaire', 'type', 'categorie', 'echelon', 'code', 'referent')) },

  { field: 'echelon', score: 95, test: is('echelon', 'type de collectivite', 'categorie de collectivite', 'niveau de collectivite', 'type de structure', 'categorie', 'nature de la collectivite', 'type') },
  { field: 'echelon', score: 85, test: any(has('echelon'), all(any(has('type'), has('categorie'), has('nature')), has('collectivite'), lacks('partenaire'))) },

  { field: 'insee', score: 95, test: is('code insee', 'insee', 'code commune', 'code insee de la commune', 'code officiel geographique', 'cog') },
  { field: 'insee', score: 90, test: (k) => k.endsWith(' code insee') },
  { field: 'insee', score: 60, test: all(has('insee'), lacks('pays')) },
  { field: 'insee', score: 40, system: true, test: is('etablissement code insee localite') },

  { field: 'siren', score: 95, test: is('siren', 'numero siren', 'n siren', 'no siren', 'code siren', 'siren de la collectivite') },
  { field: 'siren', score: 90, system: true, test: is('entreprise siren') },
  { field: 'siren', score: 85, test: any(has('siren'), all((k) => k.endsWith(' code'), any(has('epci'), has('intercommunalite')))) },
  { field: 'siren', score: 60, test: any(is('siret', 'numero siret'), has('siret')) },
  { field: 'siren', score: 55, system: true, test: is('etablissement siret') },

  { field: 'departement', score: 95, test: is('departement', 'code departement', 'departement code', 'n departement', 'numero de departement') },
  { field: 'departement', score: 70, test: (k) => k.endsWith(' departement') },
  { field: 'departement', score: 60, test: all(has('departement'), lacks('echelon', 'type', 'conseil')) },

  { field: 'region', score: 95, test: is('region', 'code region', 'region code') },
  { field: 'region', score: 60, test: all(has('region'), lacks('echelon', 'type', 'conseil')) },

  { field: 'population', score: 95, test: is('population', 'nombre d habitants', 'nombre habitants', 'habitants', 'population municipale', 'population totale', 'nb habitants') },
  { field: 'population', score: 75, test: any(has('population'), has('habitants')) },

  { field: 'email', score: 95, test: is('email du referent', 'courriel du referent', 'e mail du referent', 'adresse electronique', 'adresse email', 'courriel', 'e mail', 'mail', 'adresse mail', 'email du contact') },
  { field: 'email', score: 85, test: all(any(has('mail'), has('courriel'), has('e mail')), any(has('referent'), has('contact'))) },
  { field: 'email', score: 50, system: true, test: is('email') },

  { field: 'referent', score: 95, test: is('referent', 'nom du referent', 'personne referente', 'referent du projet', 'contact', 'nom du contact', 'referent e', 'nom et prenom du referent', 'prenom et nom du referent') },
  { field: 'referent', score: 75, test: all(any(has('referent'), has('contact')), lacks('mail', 'courriel', 'telephone', 'tel', 'fonction', 'adresse')) },

  { field: 'profile', score: 95, test: is('profil', 'profil de la collectivite', 'profil du candidat') },
  { field: 'profile', score: 75, test: has('profil') },

  { field: 'firstTimeVolunteering', score: 85, test: all(any(has('premi'), has('primo'), has('nouveau'), has('nouvelle')), has('volontariat')) },
  { field: 'firstTimeInternational', score: 80, test: all(any(has('premi'), has('primo'), has('nouveau'), has('nouvelle')), has('international'), lacks('volontariat')) },

  { field: 'countries', score: 95, test: is('pays', 'pays partenaire', 'pays partenaires', 'pays d accueil', 'pays de la mission', 'pays des missions', 'pays d intervention', 'country', 'countries', 'pays partenaire code', 'pays partenaires code') },
  { field: 'countries', score: 75, test: all(has('pays'), lacks('nombre')) },

  { field: 'partnerAuthority', score: 95, test: is('collectivite partenaire', 'autorite partenaire', 'partenaire', 'structure partenaire', 'nom du partenaire', 'autorite locale partenaire', 'nom de la collectivite partenaire') },
  { field: 'partnerAuthority', score: 70, test: all(has('partenaire'), lacks('pays')) },

  { field: 'schemes', score: 95, test: is('dispositif', 'dispositifs', 'type de volontariat', 'types de volontariat', 'dispositifs de volontariat', 'dispositif de volontariat', 'dispositifs mobilises') },
  { field: 'schemes', score: 70, test: has('dispositif') },

  { field: 'missionsSending', score: 95, test: is('missions d envoi', 'envoi', 'nombre de missions d envoi', 'volontaires envoyes', 'missions envoi') },
  { field: 'missionsSending', score: 80, test: all(any(has('envoi'), has('envoy')), missionWords) },
  { field: 'missionsHosting', score: 95, test: is('missions d accueil', 'accueil', 'nombre de missions d accueil', 'volontaires accueillis', 'missions accueil', 'reciprocite') },
  { field: 'missionsHosting', score: 80, test: any(all(any(has('accueil'), has('accueilli')), missionWords), has('reciprocite')) },
  { field: 'missionsSci', score: 75, test: all(has('service civique'), missionWords) },
  { field: 'missionsVsi', score: 75, test: all(any(has('vsi'), has('solidarite internationale')), missionWords) },

  { field: 'narrative', score: 70, test: all(has('motivation'), lacks('decision')) },
  { field: 'narrative', score: 60, test: any(is('projet', 'description du projet', 'presentation du projet', 'objectifs', 'objectifs du projet'), all(any(has('projet'), has('presentation'), has('description'), has('objectif'), has('demarche')), lacks('date', 'nombre', 'pays', 'budget', 'montant'))) },
];

const MIN_SCORE = 50;

/** The automatic proposal for every header; headers listed in `taken` and fields in `takenFields` are left alone. */
export function proposeMapping(
  headers: readonly string[],
  options: { taken?: ReadonlySet<string>; takenFields?: ReadonlySet<MappableField> } = {},
): ColumnMapping {
  const candidates: { header: string; index: number; field: MappableField; score: number }[] = [];
  // Platform columns only exist in a démarches-simplifiées export: in a hand-made sheet, "Nom" is the applicant's name.
  const fromDs = detectLayout(headers) !== 'tableur';
  headers.forEach((header, index) => {
    if (options.taken?.has(header)) return;
    const key = headerKey(header);
    const system = fromDs && isDsSystemHeader(header);
    // A header may match several fields' rules: keep each field's best score (rules are listed strongest first).
    const seen = new Set<MappableField>();
    for (const rule of RULES) {
      if ((system && !rule.system) || seen.has(rule.field) || !rule.test(key)) continue;
      seen.add(rule.field);
      candidates.push({ header, index, field: rule.field, score: rule.score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const mapping: ColumnMapping = {};
  const usedFields = new Set<MappableField>(options.takenFields);
  for (const c of candidates) {
    if (c.score < MIN_SCORE || c.header in mapping) continue;
    if (options.takenFields?.has(c.field)) continue;
    if (usedFields.has(c.field) && !MULTI_COLUMN_FIELDS.has(c.field)) continue;
    mapping[c.header] = c.field;
    usedFields.add(c.field);
  }
  for (const h of headers) if (!(h in mapping) && !options.taken?.has(h)) mapping[h] = null;
  return mapping;
}
