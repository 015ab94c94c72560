/**
 * French typography for printed documents (Lexique des règles typographiques en usage à l'Imprimerie nationale):
 * a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : and inside « guillemets »,
 * so that no line ever starts with a punctuation mark; dates in words, times as « 14 h 30 », numbers as « 1 234,5 »
 * (narrow no-break space between thousands, decimal comma).
 */

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/**
 * Puts the right space before high punctuation and inside guillemets. A mark glued to what follows is left alone
 * (`https://…`, `?id=3`, `10:30`): only a mark that ends a word group (followed by a space, the end, or a closing
 * sign) is typographic punctuation. Idempotent.
 */
export function frenchPunctuation(text: string): string {
  return text
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`)
    .replace(/(\S)[ \u00A0\u202F]*([;!?]+)(?=$|[\s»)\]"'’.,])/gu, (_m, before: string, marks: string) =>
      before === '«' ? `${before}${marks}` : `${before}${NNBSP}${marks}`,
    )
    .replace(/(\S)[ \u00A0\u202F]*:(?=$|\s)/gu, (_m, before: string) => `${before}${NBSP}:`);
}

/** « 12 avril 2022 », « 1er mai 2022 » from an ISO date (the date-time's date part if one is given). */
export function dateInWords(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new RangeError(`dateInWords: not an ISO date: ${isoDate}`);
  const day = Number(m[3]);
  const month = MONTHS[Number(m[2]) - 1];
  if (!month || day < 1 || day > 31) throw new RangeError(`dateInWords: not a calendar date: ${isoDate}`);
  return `${day === 1 ? '1er' : day}${NBSP}${month}${NBSP}${m[1]}`;
}

/** « 14 h 30 », « 9 h » from "14:30" / "09:00" (or the time part of an ISO date-time). */
export function timeInWords(time: string): string {
  const m = /(?:^|T)(\d{1,2}):(\d{2})/.exec(time);
  if (!m) throw new RangeError(`timeInWords: not a time: ${time}`);
  const hours = Number(m[1]);
  const minutes = m[2]!;
  if (hours > 23 || Number(minutes) > 59) throw new RangeError(`timeInWords: not a time of day: ${time}`);
  return minutes === '00' ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${minutes}`;
}

/**
 * « 1 234,5 »: the number rounded to at most `maxDecimals` (trailing zeros dropped unless `fixed`), groups of three
 * digits split by a narrow no-break space, decimal comma, U+2212 for the minus sign.
 */
export function frenchNumber(value: number, maxDecimals = 2, fixed = false): string {
  if (!Number.isFinite(value)) return '—';
  let text = Math.abs(value).toFixed(maxDecimals);
  if (!fixed && text.includes('.')) text = text.replace(/\.?0+$/, '');
  const [whole, decimals] = text.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  const negative = value < 0 && /[1-9]/.test(text);
  return `${negative ? '\u2212' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** « 30 % » from 0.3. */
export function frenchPercent(fraction: number, maxDecimals = 1): string {
  return `${frenchNumber(fraction * 100, maxDecimals)}${NNBSP}%`;
}

/** « 12 avril 2022 à 14 h 30 » from an ISO date-time. */
export function dateTimeInWords(isoDateTime: string): string {
  return `${dateInWords(isoDateTime)} à ${timeInWords(isoDateTime)}`;
}

/** The letters of anonymised members: A … Z, then AA, AB… */
export function memberLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}
