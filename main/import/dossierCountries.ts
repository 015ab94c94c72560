/** Partner countries of a row: names or codes to ISO alpha-3, and the DAC list of ODA recipients they must be on. */
import { cellToText, type CellValue } from '../../common/import/frenchValues.ts';
import type { MessageCode, ParamValue } from '../../common/i18n/messageCode.ts';
import type { ReferenceIndex } from './referenceIndex.ts';

export type CountryWarn = (code: MessageCode, params: Record<string, ParamValue>) => void;

/**
 * Country names or codes → ISO alpha-3, in order, without repeats. A whole value is tried first ("Bolivie, État
 * plurinational de" is one country), then its choices; adjacent pieces are re-joined when together they name one.
 */
export function resolveCountries(value: CellValue, ref: ReferenceIndex, warn: CountryWarn): string[] {
  const text = cellToText(value).trim();
  if (text === '') return [];
  const whole = ref.country(text);
  if (whole) return [whole.alpha3];
  const pieces = text.split(/\s*[,;\n\r/]\s*|\s+et\s+/).map((p) => p.trim()).filter(Boolean);
  const found: string[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const joined = i + 1 < pieces.length ? ref.country(`${pieces[i]}, ${pieces[i + 1]}`) : undefined;
    if (joined) {
      found.push(joined.alpha3);
      i += 1;
      continue;
    }
    const c = ref.country(pieces[i]!);
    if (c) found.push(c.alpha3);
    else warn('import.unknown_country', { value: pieces[i]! });
  }
  return [...new Set(found)];
}

/** Warns about countries absent from the DAC list of ODA recipients in force when the dossier was deposited. */
export function checkDac(countries: string[], depositedAt: string | null, ref: ReferenceIndex, warn: CountryWarn): void {
  const lists = ref.dacLists();
  if (!lists.length || !countries.length) return;
  const year = depositedAt ? Number(depositedAt.slice(0, 4)) : new Date().getFullYear();
  const list = lists.find((l) => year >= l.from && year <= l.to) ?? (year < lists[0]!.from ? lists[0]! : lists.at(-1)!);
  for (const c of countries) {
    if (!list.members.has(c)) warn('import.not_dac', { country: ref.countryName(c), code: c, list: list.name });
  }
}
