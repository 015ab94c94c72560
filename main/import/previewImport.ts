/** The import assistant's first look at a file: how it was read, its first rows, and the mapping proposed. */
import { cellToText } from '../../common/import/frenchValues.ts';
import type { ColumnMapping } from '../../common/import/fields.ts';
import type { DelimiterChoice, EncodingChoice, ImportPreview } from '../../common/import/types.ts';
import type { Db } from '../db/connection.ts';
import { listMappings } from '../db/importRepo.ts';
import { resolveMapping } from './columnMapping.ts';
import { readSource } from './readSource.ts';

export const PREVIEW_ROWS = 20;

export async function previewImport(
  db: Db,
  options: { source: string; encoding?: EncodingChoice; delimiter?: DelimiterChoice; mapping?: ColumnMapping | null; signal?: AbortSignal },
): Promise<ImportPreview> {
  const book = await readSource(options.source, {
    encoding: options.encoding ?? 'auto',
    delimiter: options.delimiter ?? 'auto',
    signal: options.signal,
  });
  const resolved = resolveMapping(book.dossiers.headers, { explicit: options.mapping ?? null, saved: listMappings(db) });
  const width = book.dossiers.headers.length;
  return {
    fileName: book.fileName,
    fileSize: book.fileSize,
    format: book.format,
    layout: book.layout,
    encoding: book.encoding,
    delimiter: book.delimiter,
    sheet: book.dossiers.sheet,
    headerRow: book.dossiers.headerRow,
    headers: book.dossiers.headers,
    rows: book.dossiers.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      row: r.row,
      cells: Array.from({ length: width }, (_, i) => cellToText(r.cells[i] ?? null)),
    })),
    totalRows: book.dossiers.rows.length,
    savedMappingName: resolved.savedMappingName,
    mapping: resolved.mapping,
    mappingSource: Object.fromEntries(
      Object.entries(resolved.source).map(([h, s]) => [h, s === 'explicit' ? 'user' : s]),
    ) as ImportPreview['mappingSource'],
    sheets: [
      ...(book.avis ? [{ name: book.avis.sheet ?? 'Avis', kind: 'avis' as const, rows: book.avis.rows.length }] : []),
      ...book.satellites.map((s) => ({ name: s.name, kind: s.kind, rows: s.table.rows.length })),
      ...book.otherSheets.map((s) => ({ name: s.name, kind: 'autre' as const, rows: s.rows })),
    ],
    notes: [...book.notes, ...resolved.notes],
  };
}
