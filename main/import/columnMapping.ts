/**
 * Which column feeds which dossier field: the user's mapping when given, else the saved mapping that best fits the
 * headers, completed by the automatic proposal for the columns and fields they leave open.
 */
import { message, type Message } from '../../common/i18n/messageCode.ts';
import { AppError } from '../../common/result.ts';
import {
  isMappableField,
  MAPPABLE_FIELDS,
  MULTI_COLUMN_FIELDS,
  type ColumnMapping,
  type MappableField,
} from '../../common/import/fields.ts';
import { headerKey } from '../../common/import/frenchValues.ts';
import { proposeMapping } from '../../common/import/proposeMapping.ts';
import type { SavedMapping } from '../../common/import/types.ts';

export type MappingSource = 'explicit' | 'saved' | 'auto' | 'none';

export interface ResolvedMapping {
  /** Every header of the file → its field, or null (kept as an additional field). */
  mapping: ColumnMapping;
  source: Record<string, MappingSource>;
  savedMappingName: string | null;
  notes: Message[];
}

/** Checks a mapping given by the user (a JSON file, the interface): an object from header to field name or null. */
export function parseMapping(raw: unknown, origin: string): ColumnMapping {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('import.mapping_not_object', { origin });
  }
  const mapping: ColumnMapping = {};
  const byField = new Map<MappableField, string>();
  for (const [header, field] of Object.entries(raw)) {
    if (field === null || field === '') {
      mapping[header] = null;
      continue;
    }
    if (!isMappableField(field)) {
      throw new AppError('import.mapping_unknown_field', { origin, field: String(field), column: header, fields: MAPPABLE_FIELDS.join(', ') });
    }
    const other = byField.get(field);
    if (other !== undefined && !MULTI_COLUMN_FIELDS.has(field)) {
      throw new AppError('import.mapping_field_twice', { origin, field, first: other, second: header });
    }
    byField.set(field, header);
    mapping[header] = field;
  }
  return mapping;
}

/** Finds the file's header a mapping key designates: the same text, else the same letters and digits. */
function matchHeader(headers: readonly string[], key: string): string | undefined {
  if (headers.includes(key)) return key;
  const k = headerKey(key);
  return headers.find((h) => headerKey(h) === k);
}

/** The saved mapping covering most of its own columns in this file (at least half), most recent first on ties. */
export function bestSavedMapping(headers: readonly string[], saved: readonly SavedMapping[]): SavedMapping | null {
  let best: { m: SavedMapping; score: number } | null = null;
  for (const m of saved) {
    const keys = Object.keys(m.mapping);
    if (keys.length === 0) continue;
    const present = keys.filter((k) => matchHeader(headers, k) !== undefined).length;
    const score = present / keys.length;
    if (score >= 0.5 && (!best || score > best.score)) best = { m, score };
  }
  return best?.m ?? null;
}

export function resolveMapping(
  headers: readonly string[],
  options: { explicit?: ColumnMapping | null; saved?: readonly SavedMapping[] },
): ResolvedMapping {
  const mapping: ColumnMapping = {};
  const source: Record<string, MappingSource> = {};
  const notes: Message[] = [];
  let savedMappingName: string | null = null;
  let given: ColumnMapping | null = options.explicit ?? null;
  let givenSource: MappingSource = 'explicit';
  if (!given) {
    const saved = bestSavedMapping(headers, options.saved ?? []);
    if (saved) {
      given = saved.mapping;
      givenSource = 'saved';
      savedMappingName = saved.name;
    }
  }
  const takenFields = new Set<MappableField>();
  if (given) {
    for (const [key, field] of Object.entries(given)) {
      const header = matchHeader(headers, key);
      if (header === undefined) {
        if (givenSource === 'explicit') notes.push(message('import.mapping_column_absent', { column: key }));
        continue;
      }
      if (field !== null && takenFields.has(field) && !MULTI_COLUMN_FIELDS.has(field)) continue;
      mapping[header] = field;
      source[header] = givenSource;
      if (field) takenFields.add(field);
    }
  }
  const auto = proposeMapping(headers, { taken: new Set(Object.keys(mapping)), takenFields });
  for (const h of headers) {
    if (h in mapping) continue;
    mapping[h] = auto[h] ?? null;
    source[h] = mapping[h] ? 'auto' : 'none';
  }
  return { mapping, source, savedMappingName, notes };
}

/** Column indexes of each field, in header order. */
export type FieldColumns = Partial<Record<MappableField, number[]>>;

export function fieldColumns(headers: readonly string[], mapping: ColumnMapping): FieldColumns {
  const columns: FieldColumns = {};
  headers.forEach((h, i) => {
    const field = mapping[h];
    if (!field) return;
    (columns[field] ??= []).push(i);
  });
  return columns;
}

export function requireIdColumn(columns: FieldColumns, fileName: string): void {
  if (columns.id?.length) return;
  throw new AppError('import.no_id_column', { file: fileName });
}
