/**
 * Lookups over the reference data for validating dossiers: communes by INSEE code, EPCI and communes by SIREN,
 * départements and régions by code or name, countries by French or English name or ISO code. Built once.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerKey } from '../../common/import/frenchValues.ts';
import { resourcesDir } from '../paths.ts';
import { referenceData, type Commune, type Departement, type Epci, type Region } from '../reference/referenceData.ts';

export interface CountryRef {
  alpha3: string;
  name: string;
}

export interface ReferenceIndex {
  commune(insee: string): Commune | undefined;
  /** A commune's population (2025), from the EPCI membership file. */
  communePopulation(insee: string): number | undefined;
  /** The commune whose SIREN this is (communes have one, as legal persons). */
  communeBySiren(siren: string): Commune | undefined;
  epci(siren: string): Epci | undefined;
  /** The commune of this name in this département (names repeat across départements, rarely within one). */
  communeByName(name: string, departement: string): Commune | undefined;
  /** The EPCI of this name whose seat is in this département, else the only EPCI of this name. */
  epciByName(name: string, departement: string | null): Epci | undefined;
  departement(text: string): Departement | undefined;
  region(text: string): Region | undefined;
  /** A collectivité with départemental powers by its code (`69M`, `75C`, `6AE`, `972R`…). */
  departementalCollectivity(code: string): { code: string; name: string; region: string } | undefined;
  country(text: string): CountryRef | undefined;
  countryName(alpha3: string): string;
  /** DAC lists by name ("2022-2023"…), oldest first. */
  dacLists(): { name: string; from: number; to: number; members: Set<string> }[];
  isPriority(alpha3: string): boolean;
  isOverseas(departement: string | null, region: string | null): boolean;
}

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const text = readFileSync(join(resourcesDir(), 'reference-data', name), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

/** Common names and abbreviations people write that are not in the ISO or COG lists. */
const COUNTRY_ALIASES: Record<string, string> = {
  rdc: 'COD', 'rd congo': 'COD', 'congo kinshasa': 'COD', 'congo rdc': 'COD', 'congo brazzaville': 'COG',
  'etats unis': 'USA', 'etats unis d amerique': 'USA', usa: 'USA', 'royaume uni': 'GBR', uk: 'GBR',
  kosovo: 'XKX', palestine: 'PSE', 'territoires palestiniens': 'PSE', 'ile maurice': 'MUS', laos: 'LAO',
  syrie: 'SYR', iran: 'IRN', russie: 'RUS', moldavie: 'MDA', 'macedoine du nord': 'MKD', macedoine: 'MKD',
  swaziland: 'SWZ', eswatini: 'SWZ', turquie: 'TUR', tchequie: 'CZE', 'republique tcheque': 'CZE',
  'coree du sud': 'KOR', 'coree du nord': 'PRK', vietnam: 'VNM', 'viet nam': 'VNM', birmanie: 'MMR',
  'cap vert': 'CPV', 'guinee bissau': 'GNB', 'guinee equatoriale': 'GNQ', tanzanie: 'TZA', bolivie: 'BOL',
  venezuela: 'VEN', micronesie: 'FSM', 'sao tome et principe': 'STP',
};

/** "Bolivie, état plurinational de" → "Bolivie" and "état plurinational de Bolivie"; "X (le Y)" → "X". */
function nameVariants(name: string): string[] {
  const out: string[] = [];
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) out.push(comma[1]!, `${comma[2]} ${comma[1]}`);
  const paren = /^([^(]+)\(.*\)$/.exec(name);
  if (paren) out.push(paren[1]!.trim());
  return out;
}

function build(): ReferenceIndex {
  const ref = referenceData();
  const departementByKey = new Map<string, Departement>();
  for (const d of ref.departements.values()) {
    departementByKey.set(d.code.toLowerCase(), d);
    departementByKey.set(headerKey(d.name), d);
  }
  const regionByKey = new Map<string, Region>();
  for (const r of ref.regions.values()) {
    regionByKey.set(r.code, r);
    regionByKey.set(headerKey(r.name), r);
  }
  let communeNames: Map<string, Commune> | null = null;
  const communeByName = (name: string, dep: string): Commune | undefined => {
    communeNames ??= new Map([...ref.communes.values()].map((c) => [`${c.departement}|${headerKey(c.name)}`, c]));
    return communeNames.get(`${dep}|${headerKey(name)}`);
  };
  let epciNames: Map<string, Epci[]> | null = null;
  const epciByName = (name: string, dep: string | null): Epci | undefined => {
    if (!epciNames) {
      epciNames = new Map();
      for (const e of ref.epci.values()) {
        const key = headerKey(e.name);
        epciNames.set(key, [...(epciNames.get(key) ?? []), e]);
      }
    }
    const named = epciNames.get(headerKey(name)) ?? [];
    return named.find((e) => e.departement === dep) ?? (named.length === 1 ? named[0] : undefined);
  };
  const communePopulation = new Map<string, number>();
  for (const m of ref.epciMembers) communePopulation.set(m.insee, m.population);

  let communeSiren: Map<string, string> | null = null;
  const communeBySirenMap = (): Map<string, string> => {
    // Loaded on first need only: most dossiers are identified by an INSEE code or an EPCI SIREN.
    communeSiren ??= new Map(readCsv('epci_membres_2025.csv').map((r) => [r.siren_commune!, r.code_insee_commune!]));
    return communeSiren;
  };

  const primary = new Map<string, string>();
  const secondary = new Map<string, string | null>();
  const names = new Map<string, string>();
  const addPrimary = (key: string, alpha3: string): void => {
    if (key && !primary.has(key)) primary.set(key, alpha3);
  };
  const addSecondary = (key: string, alpha3: string): void => {
    if (!key) return;
    const existing = secondary.get(key);
    secondary.set(key, existing === undefined || existing === alpha3 ? alpha3 : null);
  };
  for (const r of readCsv('pays_iso3166_fr.csv')) {
    const a3 = r.alpha3!;
    names.set(a3, r.nom_cog_insee || r.nom_fr_iso || r.name_en!);
    for (const code of [r.alpha2, r.alpha3, r.code_cog_insee]) if (code) addPrimary(code.toLowerCase(), a3);
    for (const n of [r.nom_fr_iso, r.nom_officiel_fr_iso, r.nom_cog_insee, r.name_en]) {
      if (!n) continue;
      addPrimary(headerKey(n), a3);
      for (const v of nameVariants(n)) addSecondary(headerKey(v), a3);
    }
  }
  for (const r of readCsv('oecd_dac_oda_recipients.csv')) {
    const a3 = r.iso3!;
    if (!names.has(a3)) names.set(a3, r.nom_fr || r.name_en!);
    addPrimary(a3.toLowerCase(), a3);
    if (r.iso2) addPrimary(r.iso2.toLowerCase(), a3);
    for (const n of [r.nom_fr, r.name_en]) if (n) addPrimary(headerKey(n), a3);
  }
  for (const [alias, a3] of Object.entries(COUNTRY_ALIASES)) addPrimary(alias, a3);

  const dacLists = [...ref.dac.entries()]
    .map(([name, members]) => {
      const [from, to] = name.split('-').map(Number);
      return { name, from: from ?? 0, to: to ?? from ?? 0, members };
    })
    .sort((a, b) => a.from - b.from);

  const departement = (text: string): Departement | undefined => {
    const t = text.trim();
    const coded = /^(\d[\dAB]?\d?)\s*[-–—:]\s*/i.exec(t) ?? /\((\d[\dAB]?\d?)\)\s*$/i.exec(t);
    let code = (coded?.[1] ?? t).toUpperCase();
    if (/^\d$/.test(code)) code = `0${code}`;
    return departementByKey.get(code.toLowerCase()) ?? departementByKey.get(headerKey(t));
  };
  const region = (text: string): Region | undefined => {
    const t = text.trim();
    const coded = /^(\d{1,2})\s*[-–—:]\s*/.exec(t) ?? /\((\d{1,2})\)\s*$/.exec(t);
    let code = coded?.[1] ?? t;
    if (/^\d$/.test(code)) code = `0${code}`;
    return regionByKey.get(code) ?? regionByKey.get(headerKey(t));
  };

  return {
    commune: (insee) => ref.communes.get(insee),
    communePopulation: (insee) => communePopulation.get(insee),
    communeBySiren: (siren) => {
      const insee = communeBySirenMap().get(siren);
      return insee ? ref.communes.get(insee) : undefined;
    },
    epci: (siren) => ref.epci.get(siren),
    communeByName,
    epciByName,
    departement,
    region,
    departementalCollectivity: (code) => ref.departementalCollectivities.get(code.toUpperCase()),
    country: (text) => {
      const key = headerKey(text);
      const a3 = primary.get(key) ?? secondary.get(key) ?? undefined;
      return a3 ? { alpha3: a3, name: names.get(a3) ?? a3 } : undefined;
    },
    countryName: (a3) => names.get(a3) ?? a3,
    dacLists: () => dacLists,
    isPriority: (a3) => ref.priorityCountries.has(a3),
    isOverseas: (dep, reg) => (reg !== null && ref.regions.get(reg)?.outreMer === true) || (dep !== null && /^97[1-6]$/.test(dep)),
  };
}

let cached: ReferenceIndex | null = null;

export function referenceIndex(): ReferenceIndex {
  cached ??= build();
  return cached;
}
