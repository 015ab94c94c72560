/** What the assistant checks in a mapping before asking the core: one column per field (narratives excepted), an ID. */
import { MULTI_COLUMN_FIELDS, type ColumnMapping, type MappableField } from '../../../common/import/fields.ts';

export interface MappingProblems {
  duplicates: { field: MappableField; columns: string[] }[];
  missingId: boolean;
}

export function mappingProblems(mapping: ColumnMapping): MappingProblems {
  const byField = new Map<MappableField, string[]>();
  for (const [column, field] of Object.entries(mapping)) {
    if (!field) continue;
    byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  return {
    duplicates: [...byField]
      .filter(([field, columns]) => columns.length > 1 && !MULTI_COLUMN_FIELDS.has(field))
      .map(([field, columns]) => ({ field, columns })),
    missingId: !byField.has('id'),
  };
}

export const hasProblems = (p: MappingProblems): boolean => p.duplicates.length > 0 || p.missingId;

/** A saved mapping applied to this file's headers: same header text, else the same letters and digits. */
export function applySavedMapping(headers: readonly string[], current: ColumnMapping, saved: ColumnMapping): ColumnMapping {
  const key = (h: string) => h.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const byKey = new Map(Object.entries(saved).map(([h, f]) => [key(h), f] as const));
  const next: ColumnMapping = { ...current };
  for (const h of headers) {
    if (Object.hasOwn(saved, h)) next[h] = saved[h] ?? null;
    else if (byKey.has(key(h))) next[h] = byKey.get(key(h)) ?? null;
  }
  return next;
}

/** The first non-empty value of each column among the preview rows, to show beside the column's name. */
export function examples(headers: readonly string[], rows: readonly { cells: string[] }[]): string[] {
  return headers.map((_, i) => rows.map((r) => r.cells[i] ?? '').find((c) => c.trim() !== '') ?? '');
}
