/**
 * Reads a source file whole: format from extension and content, then the `Dossiers` table (the only table of a
 * CSV; the sheet named `Dossiers`, else the first sheet with a header, of a workbook, XLSX or ODS), the `Avis` sheet, and the
 * sheets whose rows belong to dossiers (`(<id>) <label>` repeated blocks, `Etablissements`).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { message, type Message } from '../../common/i18n/messageCode.ts';
import { AppError } from '../../common/result.ts';
import { detectLayout, REPEATED_BLOCK_SHEET } from '../../common/import/dsLayout.ts';
import { foldText } from '../../common/import/frenchValues.ts';
import type { DelimiterChoice, EncodingChoice, SourceDescription, TextEncoding } from '../../common/import/types.ts';
import { tableFromSheet } from './headerRow.ts';
import { readCsv } from './readCsv.ts';
import { readOds } from './readOds.ts';
import { readXlsx } from './readXlsx.ts';
import { sniffSource } from './sniffFile.ts';
import type { RawSheet, SourceTable } from './sourceTable.ts';

/** A spreadsheet larger than this is not an export of a call for applications. */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

export interface SatelliteSheet {
  name: string;
  kind: 'bloc' | 'etablissements';
  /** What prefixes its fields on the dossier: the block's label, or "Etablissements". */
  label: string;
  table: SourceTable;
}

export interface SourceBook extends SourceDescription {
  path: string;
  dossiers: SourceTable;
  avis: SourceTable | null;
  satellites: SatelliteSheet[];
  otherSheets: { name: string; rows: number }[];
  notes: Message[];
}

export interface ReadSourceOptions {
  encoding?: EncodingChoice;
  /** CSV only: the separator, or `auto` to detect it. */
  delimiter?: DelimiterChoice;
  signal?: AbortSignal;
}

function noHeader(fileName: string, sheet: string | null): AppError {
  return sheet ? new AppError('import.no_header_sheet', { file: fileName, sheet }) : new AppError('import.no_header', { file: fileName });
}

function pickSheets(sheets: RawSheet[], fileName: string): Omit<SourceBook, 'path' | 'fileName' | 'fileSize' | 'sha256' | 'format' | 'layout' | 'encoding' | 'delimiter'> {
  const notes: Message[] = [];
  const key = (s: RawSheet): string => foldText(s.name ?? '');
  const main = sheets.find((s) => key(s) === 'dossiers') ?? sheets.find((s) => tableFromSheet(s) !== null);
  if (!main) {
    if (sheets.every((s) => s.rows.length === 0)) {
      throw new AppError('import.empty_workbook', { file: fileName });
    }
    throw noHeader(fileName, sheets[0]?.name ?? null);
  }
  const dossiers = tableFromSheet(main);
  if (!dossiers) throw noHeader(fileName, main.name);
  let avis: SourceTable | null = null;
  const satellites: SatelliteSheet[] = [];
  const otherSheets: { name: string; rows: number }[] = [];
  for (const sheet of sheets) {
    if (sheet === main) continue;
    const name = sheet.name ?? '';
    const k = key(sheet);
    const table = tableFromSheet(sheet);
    if (!table) continue;
    const block = REPEATED_BLOCK_SHEET.exec(name);
    if (k === 'avis') avis = table;
    else if (block) satellites.push({ name, kind: 'bloc', label: block[2]!.trim() || name, table });
    else if (k === 'etablissements') satellites.push({ name, kind: 'etablissements', label: 'Etablissements', table });
    else {
      otherSheets.push({ name, rows: table.rows.length });
      notes.push(message('import.sheet_ignored', { sheet: name }));
    }
  }
  return { dossiers, avis, satellites, otherSheets, notes };
}

/** Reads and parses `path`. Errors are AppErrors whose codes and parameters name the file and what is wrong with it. */
export async function readSource(path: string, options: ReadSourceOptions = {}): Promise<SourceBook> {
  const fileName = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError('import.not_found', { path });
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new AppError('import.too_large', { file: fileName, size: Math.round(size / 1024 / 1024) });
  }
  const bytes = await readFile(path);
  options.signal?.throwIfAborted();
  const format = sniffSource(fileName, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let sheets: RawSheet[];
  let encoding: TextEncoding | null = null;
  let delimiter: string | null = null;
  if (format === 'csv') {
    const csv = readCsv(bytes, fileName, options.encoding, options.delimiter);
    encoding = csv.encoding;
    delimiter = csv.delimiter;
    sheets = [csv];
  } else if (format === 'ods') {
    sheets = await readOds(bytes, fileName);
  } else {
    sheets = await readXlsx(bytes, fileName);
  }
  options.signal?.throwIfAborted();
  const picked = pickSheets(sheets, fileName);
  if (picked.dossiers.rows.length === 0) {
    throw new AppError('import.no_rows', { file: fileName, row: picked.dossiers.headerRow });
  }
  return {
    path,
    fileName,
    fileSize: bytes.length,
    sha256,
    format,
    layout: detectLayout(picked.dossiers.headers),
    encoding,
    delimiter,
    ...picked,
  };
}
