/**
 * The dossier fields a source column can be mapped to. The first eighteen names are the CLI's mapping-file contract
 * (issue #3); the last five are the columns démarches-simplifiées always carries (ID, state, deposit date) and the
 * missions split by scheme, which a hand-made spreadsheet may name differently.
 */
export const MAPPABLE_FIELDS = [
  'name',
  'echelon',
  'insee',
  'siren',
  'departement',
  'region',
  'population',
  'referent',
  'email',
  'profile',
  'firstTimeInternational',
  'firstTimeVolunteering',
  'countries',
  'partnerAuthority',
  'schemes',
  'missionsSending',
  'missionsHosting',
  'narrative',
  'id',
  'state',
  'depositedAt',
  'missionsSci',
  'missionsVsi',
] as const;

export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Source column header → dossier field; `null` keeps the column as an additional field (never dropped). */
export type ColumnMapping = Record<string, MappableField | null>;

/** Fields several columns may feed; their texts are joined. Every other field takes one column. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<MappableField> = new Set(['narrative']);

export const isMappableField = (name: unknown): name is MappableField =>
  typeof name === 'string' && (MAPPABLE_FIELDS as readonly string[]).includes(name);

/** What the interface shows for each field (French first). */
export const FIELD_LABELS_FR: Record<MappableField, string> = {
  name: 'Nom du candidat',
  echelon: 'Échelon',
  insee: 'Code INSEE',
  siren: 'SIREN',
  departement: 'Département',
  region: 'Région',
  population: 'Population',
  referent: 'Référent',
  email: 'Courriel',
  profile: 'Profil (1, 2 ou 3)',
  firstTimeInternational: "Première action à l'international",
  firstTimeVolunteering: 'Premier volontariat international',
  countries: 'Pays partenaires',
  partnerAuthority: 'Autorité partenaire',
  schemes: 'Dispositifs (SCI, VSI)',
  missionsSending: "Missions d'envoi",
  missionsHosting: "Missions d'accueil",
  narrative: 'Réponses rédigées',
  id: 'Identifiant du dossier',
  state: 'État du dossier',
  depositedAt: 'Date de dépôt',
  missionsSci: 'Missions Service Civique',
  missionsVsi: 'Missions VSI',
};
