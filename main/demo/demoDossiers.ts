/**
 * The dossiers of the "Territoires Volontaires 2022" demo, generated from a seed out of demoCatalogue.ts.
 * Applicants are real collectivités drawn from the reference data (resources/reference-data: names, INSEE codes,
 * SIREN, populations); everything personal is fictional: referents, e-mail addresses (under .example, RFC 2606),
 * partner authorities (named after real cities of their country) and narratives. The same seed always gives the
 * same dossiers (demoRandom.ts, never Math.random).
 */
import type { Dossier, Echelon, Scheme } from '../../common/domain/types.ts';
import { AppError } from '../../common/result.ts';
import { referenceData, type ReferenceData } from '../reference/referenceData.ts';
import {
  CALL_DAYS,
  CALL_OPENS,
  CITIZENSHIP_SENTENCES,
  DAC_LIST,
  FIRST_NAMES,
  LAST_NAMES,
  LOCAL_RELAYS,
  MISSION_TASKS,
  MIX,
  OVERSEAS_PARTNERS,
  PARIS,
  PARTNER_COUNTRIES,
  REFERENT_ROLES,
  SPECIAL_REGIONS,
  SUMMER_TIME_2022,
  THEMES,
  TUTOR_SERVICES,
  WARNINGS,
  type PartnerCountry,
  type WarningKind,
} from './demoCatalogue.ts';
import { makeRng, type Rng } from './demoRandom.ts';

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
