/** Number and name formatting shared by the scoring views (French first: "2,41"). */
import type { Dossier, Member } from '../../../common/domain/types.ts';
import { parseFrenchNumber } from '../../../common/import/frenchValues.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A figure rounded for reading (`digits` decimals at most, exactly `digits` when `fixed`, so that columns of figures
 * line up); an em dash when there is none.
 */
export function formatNumber(value: number | null | undefined, language: string, digits = 2, fixed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const key = `${language}:${digits}:${fixed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
    formatters.set(key, f);
  }
  return f.format(value);
}

/**
 * Reads a typed number the way people type it: "2", "2,5", "2.5", with spaces around; NaN when it is no number.
 * The one French number reader (common/import/frenchValues.ts), shared with the imports.
 */
export function parseTypedNumber(typed: string): number {
  const n = parseFrenchNumber(typed);
  return n.ok && n.value !== null ? n.value : Number.NaN;
}

/** "Hélène Dupré" → "HD": short labels for members' scores side by side. */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toLocaleUpperCase('fr'))
    .join('')
    .slice(0, 3);
}

export function dossierLabel(dossiers: ReadonlyMap<string, Dossier>, id: string): string {
  const d = dossiers.get(id);
  return d ? d.name : id;
}

export function memberName(members: readonly Member[], id: string): string {
  return members.find((m) => m.id === id)?.name ?? id;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as people read them here ("12/04/2022 10:32"). */
export function formatDateTime(iso: string | null, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let f = dateFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });
    dateFormats.set(language, f);
  }
  return f.format(d);
}
