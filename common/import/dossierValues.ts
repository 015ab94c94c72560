/** Values of the call's own fields: échelon labels, applicant profiles, volunteering schemes. Pure. */
import type { Echelon, Scheme } from '../domain/types.ts';
import { cellToText, foldText, headerKey, splitChoices, type CellValue, type Parsed } from './frenchValues.ts';

const has = (key: string, ...words: string[]): boolean => words.some((w) => ` ${key} `.includes(` ${w}`));

/**
 * "Commune", "Intercommunalité (EPCI)", "Communauté de communes", "Métropole", "Département", "Conseil régional",
 * "Collectivité territoriale de Martinique"… → an échelon. Groupings are tested before communes: "Communauté de
 * communes" contains "communes".
 */
export function echelonFromLabel(value: CellValue): Parsed<Echelon | null> {
  const text = cellToText(value).trim();
  if (text === '') return { ok: true, value: null };
  const k = headerKey(text);
  if (['region', 'departement', 'epci', 'commune', 'autre'].includes(k)) return { ok: true, value: k as Echelon };
  if (has(k, 'syndicat', 'petr', 'pole d equilibre', 'pays ', 'association', 'autre', 'groupement d interet public', 'gip')) return { ok: true, value: 'autre' };
  if (has(k, 'epci', 'intercommunal', 'communaute', 'metropole', 'agglomeration', 'groupement de communes') || /^(cc|ca|cu)$/.test(k)) {
    return { ok: true, value: 'epci' };
  }
  if (has(k, 'commune', 'mairie', 'ville', 'municipal')) return { ok: true, value: 'commune' };
  if (has(k, 'departement', 'conseil general', 'collectivite europeenne d alsace')) return { ok: true, value: 'departement' };
  if (has(k, 'region', 'collectivite territoriale', 'collectivite de corse', 'collectivite unique')) return { ok: true, value: 'region' };
  return { ok: false, problem: 'unknown_echelon', params: { value: text } };
}

export const ECHELON_LABELS_FR: Record<Echelon, string> = {
  region: 'Région',
  departement: 'Département',
  epci: 'Intercommunalité (EPCI)',
  commune: 'Commune',
  autre: 'Autre',
};

/** "2", "Profil 2", "2 - Collectivité éloignée de l'action internationale" → 2. */
export function profileFromValue(value: CellValue): Parsed<1 | 2 | 3 | null> {
  if (typeof value === 'number') {
    if (value === 1 || value === 2 || value === 3) return { ok: true, value };
    if (value === 0) return { ok: true, value: null };
    return { ok: false, problem: 'unknown_profile', params: { value: String(value) } };
  }
  const text = cellToText(value).trim();
  if (text === '') return { ok: true, value: null };
  const k = foldText(text);
  const digit = /^(?:profil\s*(?:n°|no|numero)?\s*)?([123])(?![\d])/.exec(k);
  if (digit) return { ok: true, value: Number(digit[1]) as 1 | 2 | 3 };
  if (/partenariat existant|deja partenaire|cooperation decentralisee existante/.test(k)) return { ok: true, value: 1 };
  if (/eloignee?|sans partenaire|primo/.test(k)) return { ok: true, value: 2 };
  if (/experimentee?|expertise|confirmee?/.test(k)) return { ok: true, value: 3 };
  return { ok: false, problem: 'unknown_profile', params: { value: text } };
}

/** "Service Civique, VSI", "SCI et VSI", "Volontariat de solidarité internationale" → the schemes named. */
export function schemesFromValue(value: CellValue): { schemes: Scheme[]; unknown: string[] } {
  const schemes = new Set<Scheme>();
  const unknown: string[] = [];
  for (const part of splitChoices(value)) {
    const k = headerKey(part);
    let found = false;
    if (/\bservice civique\b|\bsci\b|\bsc\b|\bscv\b/.test(k)) {
      schemes.add('SCI');
      found = true;
    }
    if (/\bvsi\b|solidarite internationale/.test(k)) {
      schemes.add('VSI');
      found = true;
    }
    if (/\bles deux\b|\btous\b/.test(k)) {
      schemes.add('SCI');
      schemes.add('VSI');
      found = true;
    }
    if (!found) unknown.push(part);
  }
  return { schemes: (['SCI', 'VSI'] as const).filter((s) => schemes.has(s)), unknown };
}
