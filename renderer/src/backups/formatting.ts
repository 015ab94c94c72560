/** How the backups' dates and sizes are written, in the interface's language. */
import type { Language } from '../../../common/domain/types.ts';

export const uiLanguage = (language: string): Language => (language === 'en' ? 'en' : 'fr');

/** `2026-12-01T23:12:00.000Z` as « 1 déc. 2026, 23:12:00 » (local time: the person's clock). */
export function dateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** A file size in kilobytes or megabytes (SI, as the file managers of both systems show them). */
export function fileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1_000, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}
