/**
 * What the "Territoires Volontaires 2022" demo is made of (the first real case, the call France Volontaires ran in
 * 2022): the session's identity, the committee, the words and lists the dossiers are written from, and the facts of
 * the call. Data only: the generator (demoDossiers.ts) draws from it with a seeded PRNG. Everything personal here is
 * fictional; place names and codes come from resources/reference-data, not from this file.
 *
 * Countries are ISO 3166-1 alpha-3 codes; the generator keeps only those on the DAC list of ODA recipients in force
 * (DAC_LIST), and reads "priority country" from the CICID list of the reference data.
 */
import type { Member } from '../../common/domain/types.ts';

export const DEMO_SESSION_IDENTITY = {
  title: 'Comité de sélection — Territoires Volontaires 2022, 1re vague',
  programme: 'Territoires Volontaires',
  callName: 'AMI Territoires Volontaires 2022',
} as const;

export const DEMO_GRID_TEMPLATE = 'territoires-volontaires';

/** The steering committee: one chair, one recording secretary, one observer without a vote, five members. */
const MEMBERS: readonly Member[] = [
  {
    id: 'meae-daect',
    name: 'Hélène Dupré',
    institution:
      "Ministère de l'Europe et des Affaires étrangères — Délégation pour l'action extérieure des collectivités territoriales (DAECT)",
    role: 'chair',
  },
  { id: 'france-volontaires', name: 'Mathieu Kerbrat', institution: 'France Volontaires', role: 'secretary' },
  { id: 'asc', name: 'Nadia Benhamou', institution: 'Agence du Service Civique', role: 'member' },
  { id: 'cuf', name: 'François Lemaître', institution: 'Cités Unies France', role: 'member' },
  { id: 'rdf', name: 'Anne-Sophie Giraud', institution: 'Régions de France', role: 'member' },
  { id: 'ddf', name: 'Jérôme Vasseur', institution: 'Départements de France', role: 'member' },
  { id: 'idf', name: 'Maëlle Le Goff', institution: 'Intercommunalités de France', role: 'observer' },
  {
    id: 'amf',
    name: 'Thierry Ngoma-Béranger',
    institution: "Association des maires de France et des présidents d'intercommunalité (AMF)",
    role: 'member',
  },
];

export function demoMembers(): Member[] {
  return MEMBERS.map((m) => ({ ...m }));
}

type Gender = 'f' | 'm';

/** Fictional referents: first names with their grammatical gender (for job titles), and family names. */
export const FIRST_NAMES: readonly (readonly [string, Gender])[] = [
  ['Camille', 'f'], ['Élodie', 'f'], ['Thomas', 'm'], ['Nadège', 'f'], ['Julien', 'm'], ['Séverine', 'f'],
  ['Mathias', 'm'], ['Aurélie', 'f'], ['Karim', 'm'], ['Sandrine', 'f'], ['Benoît', 'm'], ['Chloé', 'f'],
  ['Yannick', 'm'], ['Fatou', 'f'], ['Grégory', 'm'], ['Léa', 'f'], ['Jérémie', 'm'], ['Marion', 'f'],
  ['Hervé', 'm'], ['Anaïs', 'f'], ['Cédric', 'm'], ['Maëva', 'f'], ['Loïc', 'm'], ['Inès', 'f'], ['Rémi', 'm'],
  ['Soizic', 'f'], ['Jean-Baptiste', 'm'], ['Mélanie', 'f'], ['Frédéric', 'm'], ['Aïcha', 'f'], ['Gaëlle', 'f'],
  ['Stéphane', 'm'], ['Noémie', 'f'], ['Rodrigue', 'm'], ['Bérénice', 'f'], ['Kévin', 'm'],
];

export const LAST_NAMES: readonly string[] = [
  'Martineau', 'Lefèvre', 'Girardin', 'Moreau', 'Lambertin', 'Fontaine', 'Rousselot', 'Mercier', 'Blanchard',
  'Guérin', 'Perrin', 'Chevallier', 'Le Roux', 'Boyer', 'Fabre', 'Dumas', 'Leclercq', 'Marchand', 'Barbier', 'Brunet',
  'Le Gall', 'Nicolas', 'Payet', 'Hoarau', 'Grondin', 'Ramassamy', 'Joseph-Angélique', 'Diallo', 'Traoré', 'Nguyen',
  'Ferreira', 'Kowalczyk', 'Benali', 'Quéré', 'Peyrac', 'Delaunay', 'Séguin', 'Aubertin', 'Caradec', 'Lhermitte',
];

/** Job titles of a project referent, feminine and masculine. */
export const REFERENT_ROLES: readonly (readonly [string, string])[] = [
  ['Chargée de mission relations internationales', 'Chargé de mission relations internationales'],
  ['Responsable du service coopération décentralisée', 'Responsable du service coopération décentralisée'],
  ['Directrice jeunesse et vie associative', 'Directeur jeunesse et vie associative'],
  ['Chargée de mission jeunesse', 'Chargé de mission jeunesse'],
  ['Directrice générale adjointe des services', 'Directeur général adjoint des services'],
  ['Coordinatrice Europe et international', 'Coordinateur Europe et international'],
];

export interface PartnerCountry {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** "au Sénégal", "à Madagascar", "en Haïti". */
  where: string;
  /** A young person of that country, masculine singular adjective: "sénégalais", "malgache". */
  people: string;
  /** Fictional partner authorities named after real cities of the country. */
  authorities: readonly string[];
  /** Relative frequency among applicants of mainland France. */
  weight: number;
}

/** Countries of France's decentralised cooperation; the priority ones (CICID 2018) weigh more. */
export const PARTNER_COUNTRIES: readonly PartnerCountry[] = [
  { code: 'SEN', where: 'au Sénégal', people: 'sénégalais', weight: 6, authorities: ['Commune de Ziguinchor', 'Commune de Saint-Louis', 'Conseil départemental de Podor', 'Commune de Kaolack', 'Commune de Louga'] },
  { code: 'MDG', where: 'à Madagascar', people: 'malgache', weight: 6, authorities: ['Commune urbaine de Fianarantsoa', 'Commune urbaine de Mahajanga', "Commune urbaine d'Antsirabe", 'Région Haute Matsiatra'] },
  { code: 'BEN', where: 'au Bénin', people: 'béninois', weight: 5, authorities: ["Commune d'Abomey", 'Commune de Ouidah', 'Commune de Parakou', 'Commune de Natitingou'] },
  { code: 'TGO', where: 'au Togo', people: 'togolais', weight: 4, authorities: ['Commune de Kpalimé', 'Commune de Sokodé', 'Commune de Tsévié', 'Commune de Dapaong'] },
  { code: 'BFA', where: 'au Burkina Faso', people: 'burkinabè', weight: 3, authorities: ['Commune de Koudougou', 'Commune de Ouahigouya', 'Commune de Banfora'] },
  { code: 'HTI', where: 'en Haïti', people: 'haïtien', weight: 3, authorities: ['Commune de Jacmel', 'Commune des Cayes', 'Commune du Cap-Haïtien', 'Commune de Jérémie'] },
  { code: 'COM', where: 'aux Comores', people: 'comorien', weight: 2, authorities: ['Commune de Mutsamudu', 'Commune de Fomboni', 'Commune de Moroni'] },
  { code: 'MRT', where: 'en Mauritanie', people: 'mauritanien', weight: 2, authorities: ['Commune de Rosso', 'Commune de Kaédi', "Conseil régional du Gorgol"] },
  { code: 'GIN', where: 'en Guinée', people: 'guinéen', weight: 2, authorities: ['Commune urbaine de Kindia', 'Commune urbaine de Labé', 'Commune urbaine de Kankan'] },
  { code: 'MLI', where: 'au Mali', people: 'malien', weight: 1, authorities: ['Commune urbaine de Ségou', 'Commune urbaine de Kayes'] },
  { code: 'NER', where: 'au Niger', people: 'nigérien', weight: 1, authorities: ['Commune urbaine de Zinder', 'Commune urbaine de Tahoua'] },
  { code: 'TCD', where: 'au Tchad', people: 'tchadien', weight: 1, authorities: ['Commune de Moundou', "Commune d'Abéché"] },
  { code: 'COD', where: 'en République démocratique du Congo', people: 'congolais', weight: 1, authorities: ['Ville de Lubumbashi', 'Ville de Kisangani'] },
  { code: 'BDI', where: 'au Burundi', people: 'burundais', weight: 1, authorities: ['Commune de Gitega', 'Commune de Ngozi'] },
  { code: 'DJI', where: 'à Djibouti', people: 'djiboutien', weight: 1, authorities: ['Conseil régional de Tadjourah', "Conseil régional d'Ali Sabieh"] },
  { code: 'GMB', where: 'en Gambie', people: 'gambien', weight: 1, authorities: ['Conseil municipal de Kanifing', 'Conseil municipal de Banjul'] },
  { code: 'ETH', where: 'en Éthiopie', people: 'éthiopien', weight: 1, authorities: ['Municipalité de Bahir Dar', 'Municipalité de Hawassa'] },
  { code: 'LBR', where: 'au Libéria', people: 'libérien', weight: 1, authorities: ['Municipalité de Buchanan', 'Municipalité de Gbarnga'] },
  { code: 'MAR', where: 'au Maroc', people: 'marocain', weight: 3, authorities: ["Commune d'Essaouira", 'Commune de Chefchaouen', 'Commune de Tiznit', "Conseil régional de l'Oriental"] },
  { code: 'TUN', where: 'en Tunisie', people: 'tunisien', weight: 2, authorities: ['Municipalité de Sousse', 'Municipalité de Kairouan', 'Municipalité de Monastir'] },
  { code: 'VNM', where: 'au Viêt Nam', people: 'vietnamien', weight: 2, authorities: ['Comité populaire de la province de Thừa Thiên Huế', 'Comité populaire de la ville de Cần Thơ', 'Comité populaire de la province de Lào Cai'] },
  { code: 'KHM', where: 'au Cambodge', people: 'cambodgien', weight: 1, authorities: ['Administration provinciale de Siem Reap', 'Municipalité de Battambang'] },
  { code: 'LAO', where: 'au Laos', people: 'laotien', weight: 1, authorities: ['Province de Luang Prabang'] },
  { code: 'CMR', where: 'au Cameroun', people: 'camerounais', weight: 2, authorities: ['Commune de Dschang', 'Communauté urbaine de Bafoussam', 'Commune de Foumban'] },
  { code: 'CIV', where: "en Côte d'Ivoire", people: 'ivoirien', weight: 2, authorities: ['Commune de Grand-Bassam', 'Commune de Bouaké', 'Conseil régional du Gbêkê'] },
  { code: 'LBN', where: 'au Liban', people: 'libanais', weight: 1, authorities: ['Municipalité de Byblos', 'Union des municipalités de Tyr'] },
  { code: 'PSE', where: 'dans les Territoires palestiniens', people: 'palestinien', weight: 1, authorities: ['Municipalité de Naplouse', 'Municipalité de Bethléem', 'Municipalité de Jéricho'] },
  { code: 'ARM', where: 'en Arménie', people: 'arménien', weight: 1, authorities: ['Communauté de Goris', 'Municipalité de Gyumri'] },
  { code: 'GEO', where: 'en Géorgie', people: 'géorgien', weight: 1, authorities: ['Municipalité de Koutaïssi'] },
  { code: 'MDA', where: 'en Moldavie', people: 'moldave', weight: 1, authorities: ["Mairie d'Ungheni", 'Mairie de Cahul'] },
  { code: 'CPV', where: 'au Cap-Vert', people: 'cap-verdien', weight: 1, authorities: ['Municipalité de Praia', 'Municipalité de São Vicente'] },
  { code: 'GHA', where: 'au Ghana', people: 'ghanéen', weight: 1, authorities: ['Assemblée métropolitaine de Kumasi', 'Assemblée municipale de Cape Coast'] },
  { code: 'BRA', where: 'au Brésil', people: 'brésilien', weight: 1, authorities: ["Municipalité d'Oiapoque", "Gouvernement de l'État de l'Amapá", 'Mairie de Belo Horizonte'] },
  { code: 'COL', where: 'en Colombie', people: 'colombien', weight: 1, authorities: ['Mairie de Medellín', 'Mairie de Popayán'] },
  { code: 'PER', where: 'au Pérou', people: 'péruvien', weight: 1, authorities: ['Municipalité provinciale de Cusco', "Municipalité provinciale d'Arequipa"] },
  { code: 'BOL', where: 'en Bolivie', people: 'bolivien', weight: 1, authorities: ['Gouvernement municipal de Cochabamba', 'Gouvernement municipal de Sucre'] },
  // Neighbours of the outre-mer territories (weight 0: proposed to overseas applicants only, see OVERSEAS_PARTNERS).
  { code: 'DMA', where: 'à la Dominique', people: 'dominiquais', weight: 0, authorities: ['Conseil municipal de Roseau', 'Conseil de village de Portsmouth'] },
  { code: 'LCA', where: 'à Sainte-Lucie', people: 'saint-lucien', weight: 0, authorities: ['Conseil municipal de Castries', 'Conseil de village de Soufrière'] },
  { code: 'CUB', where: 'à Cuba', people: 'cubain', weight: 0, authorities: ['Assemblée municipale de Santiago de Cuba', 'Assemblée municipale de Baracoa'] },
  { code: 'DOM', where: 'en République dominicaine', people: 'dominicain', weight: 0, authorities: ['Mairie de Puerto Plata'] },
  { code: 'SUR', where: 'au Suriname', people: 'surinamien', weight: 0, authorities: ['Commissariat de district de Marowijne', "Commune d'Albina"] },
  { code: 'MUS', where: "à l'île Maurice", people: 'mauricien', weight: 0, authorities: ['Municipalité de Curepipe', 'Conseil de district de Rivière du Rempart'] },
];

/** Partner countries close to each overseas région (code INSEE de la région). */
export const OVERSEAS_PARTNERS: Readonly<Record<string, readonly string[]>> = {
  '01': ['HTI', 'DMA', 'LCA', 'CUB', 'DOM'],
  '02': ['HTI', 'LCA', 'DMA', 'CUB'],
  '03': ['BRA', 'SUR', 'HTI'],
  '04': ['MDG', 'COM', 'MUS'],
  '06': ['COM', 'MDG'],
};

/** Fields of cooperation, each with its article ("le", "la", "l'", "les"): the generator contracts "de le" into "du". */
export const THEMES: readonly string[] = [
  "l'accès à l'eau et à l'assainissement",
  "l'agriculture familiale",
  'la gestion des déchets',
  'la lecture publique',
  'la santé communautaire',
  "l'éducation par le sport",
  'la valorisation du patrimoine culturel',
  'le tourisme solidaire',
  "l'égalité entre les femmes et les hommes",
  'les échanges scolaires francophones',
  'la préservation de la biodiversité',
  "la modernisation de l'état civil",
  'la petite enfance',
  "l'insertion professionnelle des jeunes",
];

/** What volunteers would do, as they follow "pour". */
export const MISSION_TASKS: readonly string[] = [
  "l'animation d'activités périscolaires et sportives",
  "l'appui aux services techniques de la collectivité partenaire",
  "l'animation d'une médiathèque et d'ateliers de lecture",
  'des actions de sensibilisation à l\'hygiène et à la santé',
  "l'accompagnement de groupements de producteurs",
  'la modernisation du service de l\'état civil',
  'la mise en place du tri et du compostage',
  'des ateliers numériques auprès des jeunes',
  "l'organisation d'échanges entre établissements scolaires",
  'le suivi de jardins pédagogiques',
];

/** Local partners who help reach young people with fewer opportunities. */
export const LOCAL_RELAYS: readonly string[] = [
  'la mission locale',
  'les centres sociaux des quartiers prioritaires',
  'les clubs de prévention spécialisée',
  "l'École de la deuxième chance",
  'les lycées professionnels du territoire',
  'le service jeunesse et le point information jeunesse',
  "l'Établissement pour l'insertion dans l'emploi (EPIDE)",
];

/** Services in charge of tutoring the volunteers. */
export const TUTOR_SERVICES: readonly string[] = [
  'du service des relations internationales',
  'de la direction de la jeunesse',
  'du service coopération et solidarité internationale',
  'de la direction des sports et de la vie associative',
  'de la mission Europe et international',
];

/** Closing sentences on citizenship education and promotion of the experience. */
export const CITIZENSHIP_SENTENCES: readonly string[] = [
  'Au retour, les volontaires témoigneront dans les collèges et devant le conseil des jeunes.',
  'Une restitution publique est prévue pendant le Festival des solidarités de novembre.',
  'Les volontaires tiendront un carnet de bord publié sur le site de la collectivité et présenteront leur mission aux élus.',
  "Un temps d'échange avec les associations de solidarité internationale du territoire clôturera chaque mission.",
];

/** Warnings an import would raise; each goes with how the dossier is changed to match it. */
export const WARNINGS = {
  noCommitment:
    "Délibération ou lettre d'engagement non jointe : la délibération est annoncée pour la séance du 14 avril 2022.",
  noReferent: 'Aucun référent nommé : seule l\'adresse générique du service est renseignée.',
  attachmentError:
    'Pièce justificative « Budget prévisionnel » absente de l\'export (listée dans -LISTE-DES-FICHIERS-EN-ERREURS.txt).',
} as const;
export type WarningKind = keyof typeof WARNINGS;

export const DEMO_SEED = 2022;
export const DEMO_DOSSIER_COUNT = 60;
/** The DAC list in force for the 2022 call. */
export const DAC_LIST = '2022-2023';

/**
 * The demo is scored blind: a member sees the others' scores only once their own sheet is marked complete, as the
 * committee would work (issue 8).
 */
export const DEMO_BLIND_SCORING = true;

/** How many applicants of each kind make the 60 of the demo: every échelon, outre-mer included. */
export const MIX = {
  regions: { mainland: 4, overseas: 1 },
  departements: { mainland: 9, overseas: 2 },
  epci: { metropoles: 3, agglomerations: 6, communes: 7, overseas: 2 },
  communes: { cities: 8, towns: 10, villages: 6, overseas: 2 },
} as const;

/**
 * Régions whose council is not a plain conseil régional are left out: Martinique and Guyane (collectivités
 * territoriales uniques), Mayotte (a département exercising regional powers) and Corse (collectivité à statut
 * particulier). Paris (75C) and the Métropole de Lyon are likewise left out of communes and EPCI.
 */
export const SPECIAL_REGIONS = new Set(['02', '03', '06', '94']);
export const PARIS = '75056';

/** The call was open from 14 February to 30 March 2022; deposits cluster near the deadline. */
export const CALL_OPENS = Date.UTC(2022, 1, 14);
export const CALL_DAYS = 45;
/** Summer time started in France on 27 March 2022 at 01:00 UTC. */
export const SUMMER_TIME_2022 = Date.UTC(2022, 2, 27, 1);
