/**
 * démarches-simplifiées exports, beside every commune, EPCI and département field of a form, companion columns
 * named after it: `Commune`, `Commune (Code INSEE)`, `Commune (Département)` (and `(Code postal)`); `EPCI`,
 * `EPCI (Code)`, `EPCI (Département)`; `Département`, `Département (Code)`. When the code an applicant's row carries
 * is wrong, these say which place was meant: the import uses them as a second source (the département and région,
 * the commune by its name within its département, the EPCI by its name) and proposes the code found, keeping the
 * warning. Source: the `champs` types `communes`, `epci`, `departements` of démarches-simplifiées.
 */
import type { Commune, Departement, Epci } from '../reference/referenceData.ts';
import { cellToText, foldText, type CellValue } from '../../common/import/frenchValues.ts';
import type { ReferenceIndex } from './referenceIndex.ts';

const COMPANION = /^(.*\S)\s*\((code insee|code|departement|code postal)\)$/;

/** One form field and its companion columns (indexes into the row; absent ones are undefined). */
export interface CompanionGroup {
  /** The field's own header, e.g. `Commune`. */
  base: string;
  name?: number;
  inseeCode?: number;
  code?: number;
  departement?: number;
}

export interface CompanionColumns {
  commune?: CompanionGroup;
  epci?: CompanionGroup;
  departement?: CompanionGroup;
}

/**
 * Finds the groups among `headers`. The commune group is the one whose `(Code INSEE)` column is `inseeColumn` (the
 * column mapped to the INSEE code), else the first with such a column; the EPCI group the one whose `(Code)`
 * column is `sirenColumn`, else one named like an EPCI; the département group one named like a département.
 */
export function findCompanionColumns(headers: readonly string[], inseeColumn?: number, sirenColumn?: number): CompanionColumns {
  const groups = new Map<string, CompanionGroup>();
  headers.forEach((h, i) => {
    const m = COMPANION.exec(foldText(h).replace(/\s+/g, ' '));
    if (!m) return;
    const base = h.slice(0, h.lastIndexOf('(')).trim();
    const group = groups.get(base) ?? { base };
    if (m[2] === 'code insee') group.inseeCode = i;
    else if (m[2] === 'code') group.code = i;
    else if (m[2] === 'departement') group.departement = i;
    groups.set(base, group);
  });
  for (const group of groups.values()) {
    const i = headers.indexOf(group.base);
    if (i >= 0) group.name = i;
  }
  const all = [...groups.values()];
  const named = (...words: string[]): CompanionGroup | undefined =>
    all.find((g) => g.inseeCode === undefined && words.some((w) => foldText(g.base).includes(w)));
  return {
    commune: all.find((g) => g.inseeCode !== undefined && g.inseeCode === inseeColumn) ?? all.find((g) => g.inseeCode !== undefined),
    epci: all.find((g) => g.code !== undefined && g.code === sirenColumn) ?? named('epci', 'intercommunal', 'communaute'),
    departement: named('departement'),
  };
}

export interface CompanionPlace {
  /** The companion column that identified it, for messages: `Commune`. */
  column: string;
  name: string;
  departement: Departement | undefined;
  commune?: Commune;
  epci?: Epci;
}

const text = (cells: readonly CellValue[], i: number | undefined): string =>
  i === undefined ? '' : cellToText(cells[i] ?? null).trim();

/** "Thiverny (60800)" → "Thiverny": the platform may append the postal code to the commune's name. */
const placeName = (value: string): string => value.replace(/\s*\(\d{5}\)\s*$/, '').trim();

/** The commune the companion columns of `cells` name, with its département, when both can be read. */
export function companionCommune(cols: CompanionColumns, cells: readonly CellValue[], ref: ReferenceIndex): CompanionPlace | null {
  const g = cols.commune;
  if (!g) return null;
  const name = placeName(text(cells, g.name));
  const departement = ref.departement(text(cells, g.departement) || '\u0000');
  if (!name && !departement) return null;
  const commune = name && departement ? ref.communeByName(name, departement.code) : undefined;
  return { column: g.base, name, departement, ...(commune ? { commune } : {}) };
}

/** The EPCI the companion columns of `cells` name (by its name, within its département when given). */
export function companionEpci(cols: CompanionColumns, cells: readonly CellValue[], ref: ReferenceIndex): CompanionPlace | null {
  const g = cols.epci;
  if (!g) return null;
  const name = text(cells, g.name);
  const departement = ref.departement(text(cells, g.departement) || '\u0000');
  if (!name && !departement) return null;
  const epci = name ? ref.epciByName(name, departement?.code ?? null) : undefined;
  return { column: g.base, name, departement: departement ?? (epci ? ref.departement(epci.departement) : undefined), ...(epci ? { epci } : {}) };
}

/** The département a département field's companion columns name (its code first, then its name). */
export function companionDepartement(cols: CompanionColumns, cells: readonly CellValue[], ref: ReferenceIndex): Departement | undefined {
  const g = cols.departement;
  if (!g) return undefined;
  const code = text(cells, g.code);
  return (code ? ref.departement(code) : undefined) ?? (text(cells, g.name) ? ref.departement(text(cells, g.name)) : undefined);
}
