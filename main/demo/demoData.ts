/**
 * The demo data of a "Territoires Volontaires 2022" session (the first real case of domain.md): the committee, and
 * dossiers generated from a seed. Applicants are real collectivités drawn from the reference data
 * (resources/reference-data: names, INSEE codes, SIREN, populations); everything personal is fictional: referents,
 * e-mail addresses (under .example, RFC 2606), partner authorities (named after real cities of their country) and
 * narratives. The same seed always gives the same dossiers (a seeded PRNG, never Math.random).
 *
 * Countries are ISO 3166-1 alpha-3 codes; the generator keeps only those on the DAC 2022-2023 list of ODA recipients,
 * and reads "priority country" from the CICID list, not from this file.
 */
import { mulberry32 } from '../../common/seededRandom.ts';
import type { Dossier, Echelon, Member, Scheme } from '../../common/domain/types.ts';
import { AppError } from '../../common/result.ts';
import { referenceData, type ReferenceData } from '../reference/referenceData.ts';

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

export type Gender = 'f' | 'm';

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

// ---------------------------------------------------------------------------------------------------------------
// Generation (defaults of the demo session)

export const DEMO_SEED = 2022;
export const DEMO_DOSSIER_COUNT = 60;
/** The DAC list in force for the 2022 call. */
const DAC_LIST = '2022-2023';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness (common/seededRandom.ts): Math.random cannot be seeded.

interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('demo: pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) return item;
      }
      return items[items.length - 1]!;
    },
    sample: (items, k) => {
      if (k > items.length) throw new Error(`demo: cannot draw ${k} from ${items.length} candidates`);
      const copy = items.slice();
      for (let i = 0; i < k; i += 1) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, k);
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------------------------
// Applicants: real collectivités from the reference data.

/** Profile weights [1 partnership, 2 far from international action, 3 experienced] by kind of applicant. */
type ProfileWeights = readonly [number, number, number];

interface Applicant {
  name: string;
  /** The applicant at the start of a sentence, with its article ("La Région Bretagne"). */
  subject: string;
  echelon: Echelon;
  insee: string | null;
  siren: string | null;
  departement: string | null;
  region: string;
  outreMer: boolean;
  population: number | null;
  /** Scales the number of missions: a région plans more than a village. */
  size: number;
  profiles: ProfileWeights;
  /** Fictional e-mail domain, always under .example (RFC 2606). */
  domain: string;
  /** The assembly whose deliberation commits the applicant, after "Délibération". */
  assembly: string;
  executive: 'maire' | 'président';
}

/** How many applicants of each kind make the 60 of the demo: every échelon, outre-mer included. */
const MIX = {
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
const SPECIAL_REGIONS = new Set(['02', '03', '06', '94']);
const PARIS = '75056';

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "de" before a commune's name, French style: d'Angers, du Havre, des Abymes, de La Rochelle. */
function ofName(name: string): string {
  if (name.startsWith('Le ')) return 'du ' + name.slice(3);
  if (name.startsWith('Les ')) return 'des ' + name.slice(4);
  if (/^[AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜ]/.test(name)) return "d'" + name;
  return 'de ' + name;
}

/** "Conseil départemental de La Gironde" → "de la Gironde" (the reference file capitalises the article). */
function departementOf(collectivityName: string): string {
  return collectivityName
    .replace(/^Conseil départemental /, '')
    .replace(/^de La /, 'de la ')
    .replace(/^de L'/, "de l'");
}

function epciSubject(name: string, nature: string): string {
  const expansions: Record<string, string> = {
    CC: 'La communauté de communes',
    CA: "La communauté d'agglomération",
    CU: 'La communauté urbaine',
  };
  const expansion = expansions[nature];
  if (!expansion) return /^(Métropole|Eurométropole)/.test(name) ? 'La ' + name : name;
  // A few official names carry straight quotes (CA "Saintes - Grandes Rives - L'Agglo"): French quotes in prose.
  const rest = name.replace(/^(CC|CA|CU) /, '').replace(/^"(.*)"$/, '« $1 »');
  if (/^(de |du |des |d'|la |l')/.test(rest)) return `${expansion} ${rest}`;
  if (/Agglo|Communauté|Métropole/.test(rest)) return rest;
  return `${expansion} ${rest}`;
}

/** Populations of départements and régions: the sum of their communes' 2025 populations (epci_membres). */
function populationTotals(ref: ReferenceData) {
  const byCommune = new Map<string, number>();
  const byDepartement = new Map<string, number>();
  const byRegion = new Map<string, number>();
  for (const m of ref.epciMembers) {
    byCommune.set(m.insee, m.population);
    const c = ref.communes.get(m.insee);
    if (!c) continue;
    byDepartement.set(c.departement, (byDepartement.get(c.departement) ?? 0) + m.population);
    byRegion.set(c.region, (byRegion.get(c.region) ?? 0) + m.population);
  }
  return { byCommune, byDepartement, byRegion };
}

function buildApplicantPool(ref: ReferenceData, rng: Rng): Applicant[] {
  const pop = populationTotals(ref);
  const isOverseasDep = (code: string) => code.startsWith('97');

  const regions = [...ref.regions.values()].filter((r) => !SPECIAL_REGIONS.has(r.code));
  const regionApplicants = [
    ...rng.sample(regions.filter((r) => !r.outreMer), MIX.regions.mainland),
    ...rng.sample(regions.filter((r) => r.outreMer), MIX.regions.overseas),
  ].map(
    (r): Applicant => ({
      name: `Région ${r.name.replace(/^La /, '')}`,
      subject: `La Région ${r.name.replace(/^La /, '')}`,
      echelon: 'region',
      insee: null,
      siren: null,
      departement: null,
      region: r.code,
      outreMer: r.outreMer,
      population: pop.byRegion.get(r.code) ?? null,
      size: 1.8,
      profiles: [0.45, 0, 0.55],
      domain: `region-${slug(r.name.replace(/^La /, ''))}.example`,
      assembly: 'de la commission permanente du conseil régional',
      executive: 'président',
    }),
  );

  const departements = [...ref.departementalCollectivities.values()].filter(
    (c) => /^(\d{2}|97\d)D$/.test(c.code) && ref.departements.has(c.code.slice(0, -1)),
  );
  const departementApplicants = [
    ...rng.sample(departements.filter((c) => !isOverseasDep(c.code)), MIX.departements.mainland),
    ...rng.sample(departements.filter((c) => isOverseasDep(c.code)), MIX.departements.overseas),
  ].map((c): Applicant => {
    const code = c.code.slice(0, -1);
    const of = departementOf(c.name);
    return {
      name: `Département ${of}`,
      subject: `Le Département ${of}`,
      echelon: 'departement',
      insee: null,
      siren: null,
      departement: code,
      region: c.region,
      outreMer: isOverseasDep(code),
      population: pop.byDepartement.get(code) ?? null,
      size: 1.4,
      profiles: [0.5, 0.2, 0.3],
      domain: `${slug(ref.departements.get(code)!.name)}.example`,
      assembly: 'de la commission permanente du conseil départemental',
      executive: 'président',
    };
  });

  const epcis = [...ref.epci.values()].filter((e) => e.nature !== 'MET69' && ref.departements.has(e.departement));
  const mainlandEpci = epcis.filter((e) => !isOverseasDep(e.departement));
  const epciApplicants = [
    ...rng.sample(mainlandEpci.filter((e) => e.nature === 'METRO' || e.nature === 'CU'), MIX.epci.metropoles),
    ...rng.sample(mainlandEpci.filter((e) => e.nature === 'CA'), MIX.epci.agglomerations),
    ...rng.sample(mainlandEpci.filter((e) => e.nature === 'CC'), MIX.epci.communes),
    ...rng.sample(epcis.filter((e) => isOverseasDep(e.departement)), MIX.epci.overseas),
  ].map((e): Applicant => {
    const region = ref.departements.get(e.departement)!.region;
    const big = e.nature === 'METRO' || e.nature === 'CU';
    return {
      name: e.name,
      subject: epciSubject(e.name, e.nature),
      echelon: 'epci',
      insee: null,
      siren: e.siren,
      departement: e.departement,
      region,
      outreMer: ref.regions.get(region)?.outreMer ?? false,
      population: e.population,
      size: big ? 1.4 : e.nature === 'CA' ? 1.0 : 0.7,
      profiles: big ? [0.5, 0.1, 0.4] : e.nature === 'CA' ? [0.45, 0.35, 0.2] : [0.3, 0.65, 0.05],
      domain: `${slug(e.name)}.example`,
      assembly: 'du conseil communautaire',
      executive: 'président',
    };
  });

  const communes = ref.epciMembers
    .filter((m) => m.insee !== PARIS && ref.communes.has(m.insee))
    .map((m) => ({ commune: ref.communes.get(m.insee)!, population: m.population }));
  const mainlandCommunes = communes.filter((c) => !isOverseasDep(c.commune.departement));
  const communeApplicants = [
    ...rng.sample(mainlandCommunes.filter((c) => c.population >= 50_000), MIX.communes.cities),
    ...rng.sample(mainlandCommunes.filter((c) => c.population >= 5_000 && c.population < 50_000), MIX.communes.towns),
    ...rng.sample(mainlandCommunes.filter((c) => c.population >= 800 && c.population < 5_000), MIX.communes.villages),
    ...rng.sample(communes.filter((c) => isOverseasDep(c.commune.departement) && c.population >= 5_000), MIX.communes.overseas),
  ].map(({ commune, population }): Applicant => {
    const town = population >= 10_000;
    const name = `${town ? 'Ville' : 'Commune'} ${ofName(commune.name)}`;
    return {
      name,
      subject: `La ${town ? 'ville' : 'commune'} ${ofName(commune.name)}`,
      echelon: 'commune',
      insee: commune.insee,
      siren: null,
      departement: commune.departement,
      region: commune.region,
      outreMer: ref.regions.get(commune.region)?.outreMer ?? false,
      population,
      size: population >= 50_000 ? 1.2 : population >= 5_000 ? 0.9 : 0.6,
      profiles: population >= 50_000 ? [0.45, 0.1, 0.45] : population >= 5_000 ? [0.45, 0.4, 0.15] : [0.25, 0.7, 0.05],
      domain: `${town ? 'ville' : 'mairie'}-${slug(commune.name)}.example`,
      assembly: 'du conseil municipal',
      executive: 'maire',
    };
  });

  // Shuffled so that any prefix of the pool (a smaller demo) still mixes échelons.
  const pool = [...regionApplicants, ...departementApplicants, ...epciApplicants, ...communeApplicants];
  return rng.sample(pool, pool.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Dossiers

/** The call was open from 14 February to 30 March 2022 (domain.md); deposits cluster near the deadline. */
const CALL_OPENS = Date.UTC(2022, 1, 14);
const CALL_DAYS = 45;
/** Summer time started in France on 27 March 2022 at 01:00 UTC. */
const SUMMER_TIME_2022 = Date.UTC(2022, 2, 27, 1);

function depositTime(rng: Rng): number {
  const day = Math.floor(Math.sqrt(rng.next()) * CALL_DAYS);
  const localHour = rng.int(7, 22);
  const local = CALL_OPENS + day * 86_400_000 + localHour * 3_600_000 + rng.int(0, 3599) * 1000;
  // Paris is UTC+1 in winter and UTC+2 in summer.
  const utc = local - 3_600_000;
  return utc >= SUMMER_TIME_2022 ? utc - 3_600_000 : utc;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
function frenchDate(ms: number): string {
  const d = new Date(ms);
  const day = d.getUTCDate();
  return `${day === 1 ? '1er' : day} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "la Commune de Ziguinchor", "le Conseil régional du Gorgol", "l'Assemblée métropolitaine de Kumasi". */
function withArticle(authority: string): string {
  if (/^[AEIOUÉ]/.test(authority)) return "l'" + authority;
  if (/^(Conseil|Comité|Gouvernement|Commissariat) /.test(authority)) return 'le ' + authority;
  return 'la ' + authority;
}

const lowerArticle = (subject: string): string => subject.replace(/^(La|Le|L') /, (a) => a.toLowerCase()).replace(/^L'/, "l'");
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : `${n} ${many}`);

/** "le tourisme" → "du tourisme", "les échanges" → "des échanges"; "la", "l'" stay. */
const ofTheme = (theme: string): string => theme.replace(/^le /, 'du ').replace(/^les /, 'des ').replace(/^(la |l')/, 'de $1');
/** The same after "à": "au tourisme", "aux échanges", "à la santé". */
const toTheme = (theme: string): string => theme.replace(/^le /, 'au ').replace(/^les /, 'aux ').replace(/^(la |l')/, 'à $1');
/** Adjectives of nationality: "malgache" → "malgaches"; "sénégalais", "burkinabè" do not change. */
const pluralPeople = (adjective: string): string => (/[sxè]$/.test(adjective) ? adjective : adjective + 's');

interface Draft extends Omit<Dossier, 'id'> {
  depositMs: number;
}

interface CountryChoice {
  countries: PartnerCountry[];
  authority: string | null;
}

function chooseCountries(a: Applicant, profile: 1 | 2 | 3, rng: Rng, usable: Map<string, PartnerCountry>): CountryChoice {
  const all = [...usable.values()];
  const mainland = all.filter((c) => c.weight > 0);
  const neighbours = (OVERSEAS_PARTNERS[a.region] ?? []).map((code) => usable.get(code)).filter((c) => c !== undefined);
  const first = a.outreMer && neighbours.length > 0 ? rng.pick(neighbours) : rng.weighted(mainland, (c) => c.weight);
  const countries = [first];
  if (rng.chance(0.2)) {
    const others = (a.outreMer && neighbours.length > 1 ? neighbours : mainland).filter((c) => c !== first);
    countries.push(rng.weighted(others, (c) => c.weight || 1));
  }
  // Profile 2 applicants are "far from international action, possibly without a partner yet" (the call's words).
  const authority = profile === 2 && rng.chance(0.5) ? null : rng.pick(first.authorities);
  return { countries, authority };
}

function missionsFor(a: Applicant, rng: Rng, hasPartner: boolean) {
  const u = rng.next();
  const schemes: Scheme[] = u < 0.5 || a.size < 0.8 && u < 0.75 ? ['SCI'] : u < 0.85 ? ['SCI', 'VSI'] : ['VSI'];
  const sci = schemes.includes('SCI') ? Math.max(1, Math.round(a.size * (1.2 + rng.next() * 4))) : 0;
  const vsi = schemes.includes('VSI') ? Math.max(1, Math.round(a.size * (1 + rng.next() * 2.6))) : 0;
  // Hosting ("réciprocité") brings young people of the partner country to France under the Service Civique; the VSI
  // only sends volunteers abroad. So hosted volunteers are counted among the Service Civique missions.
  const hosting = hasPartner && sci >= 2 && rng.chance(0.5) ? rng.int(1, Math.floor(sci / 2)) : 0;
  return { schemes, sci, vsi, hosting, sending: sci + vsi - hosting };
}

function missionsPhrase(sci: number, vsi: number): string {
  const sciText = plural(sci, "une mission de Service Civique à l'international", "missions de Service Civique à l'international");
  const vsiText = plural(vsi, 'un volontariat de solidarité internationale (VSI)', 'volontariats de solidarité internationale (VSI)');
  if (sci > 0 && vsi > 0) return `${sciText} et ${vsiText}`;
  return sci > 0 ? sciText : vsiText;
}

function narrative(
  a: Applicant,
  d: { profile: 1 | 2 | 3; firstTimeVolunteering: boolean; choice: CountryChoice; sci: number; vsi: number; hosting: number },
  rng: Rng,
): string {
  const [country, second] = d.choice.countries as [PartnerCountry, PartnerCountry | undefined];
  const partner = d.choice.authority ? withArticle(d.choice.authority) : null;
  const theme = rng.pick(THEMES);
  const subject = a.subject;
  /** Optional sentences that follow the opening, then optional closing ones; up to two of them are kept. */
  const follow: string[] = [];
  const closing: string[] = [];
  let opening: string;
  if (d.profile === 2) {
    opening = partner
      ? rng.pick([
          `${subject} n'a jamais conduit d'action internationale ; avec l'appui de France Volontaires, un premier contact a été noué en 2021 avec ${partner} ${country.where}.`,
          `Sans expérience internationale jusqu'ici, ${lowerArticle(subject)} souhaite s'engager ${country.where} avec ${partner}, autour ${ofTheme(theme)}.`,
        ])
      : `${subject} n'a jamais conduit d'action internationale et voit dans cet appel l'occasion d'ouvrir sa jeunesse au monde ; un partenaire reste à identifier ${country.where}, avec l'appui de France Volontaires.`;
  } else {
    const year = d.profile === 1 ? rng.int(1992, 2017) : rng.int(1978, 2008);
    opening = rng.pick([
      `${subject} coopère depuis ${year} avec ${partner} ${country.where} autour ${ofTheme(theme)}.`,
      `Depuis ${year}, ${lowerArticle(subject)} conduit avec ${partner} ${country.where} un partenariat de coopération décentralisée consacré ${toTheme(theme)}.`,
    ]);
    follow.push(
      d.profile === 3
        ? "La collectivité accueille déjà des volontaires et propose de partager ses outils d'accompagnement avec les collectivités moins expérimentées du réseau Territoires Volontaires."
        : d.firstTimeVolunteering
          ? 'Le projet vise à adosser pour la première fois des missions de volontariat international à ce partenariat.'
          : 'Le projet vise à renforcer ce partenariat, qui a déjà accueilli des volontaires, par de nouvelles missions.',
    );
  }
  if (second) follow.push(`Un second partenariat est envisagé ${second.where}.`);

  const hostingText =
    d.hosting > 0
      ? `, dont ${d.hosting === 1 ? `un jeune ${country.people} accueilli` : `${d.hosting} jeunes ${pluralPeople(country.people)} accueillis`} en France en réciprocité`
      : '';
  const task = rng.pick(MISSION_TASKS);
  const missions = rng.pick([
    `Le projet prévoit ${missionsPhrase(d.sci, d.vsi)}${hostingText}, principalement pour ${task}.`,
    `La candidature porte sur ${missionsPhrase(d.sci, d.vsi)}${hostingText} ; les volontaires seront mobilisés pour ${task}.`,
  ]);

  const service = rng.pick(TUTOR_SERVICES);
  closing.push(
    rng.pick([
      `Chaque volontaire sera suivi par un tuteur ${service} et par un référent désigné chez le partenaire, avec une formation au départ assurée par France Volontaires.`,
      `Le tutorat sera assuré par un agent ${service}, en lien avec l'espace France Volontaires ${country.where}.`,
    ]),
  );
  const relay = rng.pick(LOCAL_RELAYS);
  closing.push(
    rng.pick([
      `Les missions seront ouvertes en priorité aux jeunes suivis par ${relay}.`,
      `Une partie des places sera réservée à des jeunes ayant moins d'opportunités, repérés avec ${relay}.`,
    ]),
  );
  closing.push(rng.pick(CITIZENSHIP_SENTENCES));

  // Two to four sentences: the opening, the missions, and up to two of the others, in their natural order.
  const optional = [...follow, ...closing];
  const keep = rng.weighted([0, 1, 2], (k) => [0.15, 0.45, 0.4][k]!);
  const kept = new Set(rng.sample(optional, keep));
  return [opening, ...follow.filter((t) => kept.has(t)), missions, ...closing.filter((t) => kept.has(t))].join(' ');
}

function draftDossier(a: Applicant, rng: Rng, usable: Map<string, PartnerCountry>, priority: Set<string>, warning: WarningKind | undefined): Draft {
  const profile = (rng.weighted([0, 1, 2], (i) => a.profiles[i]!) + 1) as 1 | 2 | 3;
  const firstTimeInternational = profile === 2;
  const firstTimeVolunteering = profile === 2 || (profile === 1 && rng.chance(0.55));
  const choice = chooseCountries(a, profile, rng, usable);
  const m = missionsFor(a, rng, choice.authority !== null);
  const depositMs = depositTime(rng);

  const [first, gender] = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const role = rng.pick(REFERENT_ROLES)[gender === 'f' ? 0 : 1];
  const hasReferent = warning !== 'noReferent';

  const executive = rng.chance(0.4) ? (a.executive === 'maire' ? 'de la maire' : 'de la présidente') : `du ${a.executive}`;
  const commitmentDate = frenchDate(Math.max(CALL_OPENS, depositMs - rng.int(3, 40) * 86_400_000));
  const commitment =
    warning === 'noCommitment'
      ? 'Non jointe'
      : rng.chance(0.6)
        ? `Délibération ${a.assembly} du ${commitmentDate}`
        : `Lettre d'engagement ${executive} du ${commitmentDate}`;
  const sciMonths = rng.pick([6, 8, 9, 10, 12]);
  const vsiMonths = rng.pick([12, 18, 24]);
  const duration = m.sci > 0 && m.vsi > 0 ? `SCI : ${sciMonths} ; VSI : ${vsiMonths}` : String(m.sci > 0 ? sciMonths : vsiMonths);

  const extraFields: Record<string, string> = {
    'Durée des missions (mois)': duration,
    "Engagement de l'assemblée délibérante": commitment,
  };
  if (hasReferent) extraFields['Fonction du référent'] = role;

  return {
    name: a.name,
    echelon: a.echelon,
    insee: a.insee,
    siren: a.siren,
    departement: a.departement,
    region: a.region,
    outreMer: a.outreMer,
    population: a.population,
    referent: hasReferent ? `${first} ${last}` : null,
    email: hasReferent ? `${slug(first)}.${slug(last)}@${a.domain}` : `relations.internationales@${a.domain}`,
    profile,
    firstTimeInternational,
    firstTimeVolunteering,
    countries: choice.countries.map((c) => c.code),
    priorityCountry: choice.countries.some((c) => priority.has(c.code)),
    partnerAuthority: choice.authority,
    schemes: m.schemes,
    missionsSending: m.sending,
    missionsHosting: m.hosting,
    missionsSci: m.sci,
    missionsVsi: m.vsi,
    narrative: narrative(a, { profile, firstTimeVolunteering, choice, sci: m.sci, vsi: m.vsi, hosting: m.hosting }, rng),
    state: 'en_instruction',
    depositedAt: new Date(depositMs).toISOString(),
    extraFields,
    // The demo's remarks are sentences of its own, kept whole as the catalogue's plain-text message.
    warnings: warning ? [{ column: null, code: 'import.legacy', params: { text: WARNINGS[warning] } }] : [],
    attachments: 0,
    depositMs,
  };
}

/**
 * `count` demo dossiers, deterministic for a seed. Beyond the 60 applicants of the pool, applicants come round again
 * (as in a bigger call) with their own ID, deposit, missions and text; IDs are 7-digit démarches-simplifiées-like
 * numbers, increasing with the deposit time.
 */
export function generateDemoDossiers(count: number, seed: number): Dossier[] {
  if (!Number.isInteger(count) || count < 0) throw new AppError('session.demo_count_invalid', { count });
  const ref = referenceData();
  const dac = ref.dac.get(DAC_LIST);
  if (!dac) throw new Error(`generateDemoDossiers: the DAC list ${DAC_LIST} is missing from the reference data`);
  const usable = new Map(PARTNER_COUNTRIES.filter((c) => dac.has(c.code)).map((c) => [c.code, c]));

  const rng = makeRng(seed);
  const pool = buildApplicantPool(ref, rng);
  const warningKinds = Object.keys(WARNINGS) as WarningKind[];
  const warnedApplicants = new Map(rng.sample(pool.map((_, i) => i), warningKinds.length).map((i, k) => [i, warningKinds[k]!]));

  const drafts: Draft[] = [];
  for (let i = 0; i < count; i += 1) {
    const index = i % pool.length;
    drafts.push(draftDossier(pool[index]!, rng, usable, ref.priorityCountries, warnedApplicants.get(index)));
  }
  // A few dossiers were not yet taken into instruction when the committee met.
  for (const d of rng.sample(drafts, Math.min(drafts.length, Math.max(1, Math.round(count * 0.07))))) {
    d.state = 'en_construction';
  }

  drafts.sort((x, y) => x.depositMs - y.depositMs);
  let id = 7_100_000 + rng.int(0, 300_000);
  return drafts.map(({ depositMs: _unused, ...d }) => {
    id += rng.int(1, 120);
    return { id: String(id), ...d };
  });
}
