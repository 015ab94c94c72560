/**
 * CSV: démarches-simplifiées writes `,`-separated UTF-8 with a BOM; French Excel writes `;`-separated
 * Windows-1252. The separator is the one that splits the first records into the same, largest number of fields.
 * Every cell stays text: csv-parse casts nothing (no `cast` option), so "=1+1" or "0123" arrive as written.
 */
import { parse, type Options } from 'csv-parse/sync';
import { AppError } from '../../common/result.ts';
import type { DelimiterChoice, EncodingChoice, TextEncoding } from '../../common/import/types.ts';
import { decodeText } from '../files/textEncoding.ts';
import type { RawSheet } from './sourceTable.ts';

const CANDIDATES = [';', ',', '\t', '|'] as const;
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 30;

const BASE: Options = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false };

function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) if (count > best.count || (count === best.count && value > best.value)) best = { value, count };
  return best;
}

/** The separator that gives the most records with the same number (> 1) of fields; `;` first on ties (French sheets). */
export function detectDelimiter(text: string): string {
  let sample = text.slice(0, SAMPLE_CHARS);
  if (text.length > SAMPLE_CHARS) sample = sample.slice(0, Math.max(sample.lastIndexOf('\n'), 1));
  let best: { delimiter: string; count: number; width: number } = { delimiter: CANDIDATES[0], count: 0, width: 0 };
  for (const delimiter of CANDIDATES) {
    let records: string[][];
    try {
      records = (parse(sample, { ...BASE, delimiter, to: SAMPLE_RECORDS }) as string[][]).filter((r) => r.some((c) => c !== ''));
    } catch {
      continue;
    }
    const m = mode(records.map((r) => r.length));
    if (m.value < 2) continue;
    if (m.count > best.count || (m.count === best.count && m.value > best.width)) best = { delimiter, count: m.count, width: m.value };
  }
  return best.delimiter;
}

export interface CsvSheet extends RawSheet {
  encoding: TextEncoding;
  delimiter: string;
}

export function readCsv(
  bytes: Uint8Array,
  fileName: string,
  encoding: EncodingChoice = 'auto',
  delimiterChoice: DelimiterChoice = 'auto',
): CsvSheet {
  if (bytes.includes(0)) {
    throw new AppError('import.not_csv', { file: fileName });
  }
  const decoded = decodeText(bytes, encoding);
  const delimiter = delimiterChoice === 'auto' ? detectDelimiter(decoded.text) : delimiterChoice;
  let records: { info: { records: number }; record: string[] }[];
  try {
    records = parse(decoded.text, { ...BASE, delimiter, info: true }) as unknown as typeof records;
  } catch (cause) {
    const line = (cause as { lines?: number }).lines;
    const detail = (cause as Error).message;
    throw line ? new AppError('import.bad_csv_line', { file: fileName, line, detail }) : new AppError('import.bad_csv', { file: fileName, detail });
  }
  return {
    name: null,
    encoding: decoded.encoding,
    delimiter,
    rows: records.map((r) => ({ row: r.info.records, cells: r.record })),
  };
}
