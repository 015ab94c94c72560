/**
 * The public reference data shipped under resources/reference-data (sources and licences in its README):
 * loaded once, on first use, from the CSV files, never hard-coded.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../paths.ts';

export interface Region { code: string; name: string; outreMer: boolean }
export interface Departement { code: string; name: string; region: string }
export interface Commune { insee: string; name: string; departement: string; region: string }
export interface Epci { siren: string; name: string; nature: string; departement: string; members: number; population: number }
export interface EpciMember { epci: string; insee: string; name: string; population: number }
export interface Country { alpha2: string; alpha3: string; numeric: string; nameEn: string; nameFr: string; inseeCode: string | null }
export interface DepartementalCollectivity { code: string; name: string; region: string }

export interface ReferenceData {
  regions: Map<string, Region>;
  departements: Map<string, Departement>;
  /** Collectivités with départemental powers (`01D`, `69M`, `75C`, `6AE`, `972R`…). */
  departementalCollectivities: Map<string, DepartementalCollectivity>;
  communes: Map<string, Commune>;
  epci: Map<string, Epci>;
  epciMembers: EpciMember[];
  countries: Map<string, Country>;
  /** DAC list of ODA recipients by list ("2022-2023", "2024-2025"): ISO alpha-3 codes (Kosovo: XKX). */
  dac: Map<string, Set<string>>;
  /** France's priority countries for development aid (CICID 2018): alpha-3 codes. */
  priorityCountries: Set<string>;
}

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const text = readFileSync(join(resourcesDir(), 'reference-data', name), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

/** Overseas (outre-mer): région codes 01 to 06 (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte). */
export const isOverseasRegion = (code: string): boolean => /^0[1-6]$/.test(code);

function load(): ReferenceData {
  const regions = new Map<string, Region>();
  for (const r of readCsv('regions.csv')) {
    regions.set(r.code_region!, { code: r.code_region!, name: r.nom_region!, outreMer: isOverseasRegion(r.code_region!) });
  }
  const departements = new Map<string, Departement>();
  for (const r of readCsv('departements.csv')) {
    departements.set(r.code_departement!, { code: r.code_departement!, name: r.nom_departement!, region: r.code_region! });
  }
  const departementalCollectivities = new Map<string, DepartementalCollectivity>();
  for (const r of readCsv('collectivites_departementales_ctcd_2025.csv')) {
    departementalCollectivities.set(r.code_ctcd!, { code: r.code_ctcd!, name: r.nom!, region: r.code_region! });
  }
  const communes = new Map<string, Commune>();
  for (const r of readCsv('communes_2026.csv')) {
    communes.set(r.code_insee!, {
      insee: r.code_insee!,
      name: r.nom_commune!,
      departement: r.code_departement!,
      region: r.code_region!,
    });
  }
  const epci = new Map<string, Epci>();
  for (const r of readCsv('epci_2025.csv')) {
    epci.set(r.siren_epci!, {
      siren: r.siren_epci!,
      name: r.nom_epci!,
      nature: r.nature_juridique!,
      departement: r.departement_siege!,
      members: Number(r.nb_membres),
      population: Number(r.population_totale),
    });
  }
  const epciMembers = readCsv('epci_membres_2025.csv').map((r) => ({
    epci: r.siren_epci!,
    insee: r.code_insee_commune!,
    name: r.nom_commune!,
    population: Number(r.population_totale_2025),
  }));
  const countries = new Map<string, Country>();
  for (const r of readCsv('pays_iso3166_fr.csv')) {
    countries.set(r.alpha3!, {
      alpha2: r.alpha2!,
      alpha3: r.alpha3!,
      numeric: r.numeric!,
      nameEn: r.name_en!,
      nameFr: r.nom_fr_iso || r.nom_cog_insee || r.name_en!,
      inseeCode: r.code_cog_insee || null,
    });
  }
  const dac = new Map<string, Set<string>>();
  for (const r of readCsv('oecd_dac_oda_recipients.csv')) {
    const list = dac.get(r.dac_list!) ?? new Set<string>();
    list.add(r.iso3!);
    dac.set(r.dac_list!, list);
  }
  const priorityCountries = new Set(readCsv('pays_prioritaires_apd_cicid2018.csv').map((r) => r.iso3!));
  return { regions, departements, departementalCollectivities, communes, epci, epciMembers, countries, dac, priorityCountries };
}

let cached: ReferenceData | null = null;

export function referenceData(): ReferenceData {
  cached ??= load();
  return cached;
}
