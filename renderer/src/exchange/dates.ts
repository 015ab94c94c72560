/** A time of the offline review (ISO 8601) as the reader's language writes it, to the minute. */
export const shortDateTime = (iso: string, language: string): string =>
  new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' });
