/** Sizes as people read them (Ko/Mo in French: octets, not bytes). */
export function formatSize(bytes: number, language: string): string {
  const units = language === 'en' ? ['B', 'kB', 'MB', 'GB'] : ['o', 'Ko', 'Mo', 'Go'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
