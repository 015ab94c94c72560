/**
 * The results export (issue 9): the decisions with ranks, values and motivations, as XLSX and CSV for the
 * secretariat's other tools. Words are French (the export is a document of the session, like the minutes), from the
 * catalogue. Every text cell goes through neutraliseFormula: a motivation starting with `=` stays text.
 */
import ExcelJS from 'exceljs';
import { DECISION_KINDS, type DecisionKind } from '../../common/deliberation/decisions.ts';
import type { ResultsFile } from '../../common/deliberation/records.ts';
import type { Language } from '../../common/domain/types.ts';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';
import type { Db } from '../db/connection.ts';
import { listDecisions } from '../db/decisionRepo.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { safeCell } from '../files/spreadsheetSafety.ts';
import { rankingView } from '../scoring/views.ts';

export type ResultsCell = string | number | null;

const HEADERS = [
  'dossier',
  'name',
  'rank',
  'normalized',
  'raw',
  'decision',
  'conditions',
  'waitlist_position',
  'motivation',
  'decided_at',
  'withdrawn_at',
] as const;

const say = (key: string, language: Language) => messageText({ code: `deliberation.${key}` as MessageCode }, language);

export const decisionLabel = (kind: DecisionKind, language: Language = 'fr'): string => say(`decision_${kind}`, language);

/** The table, header first: one row per decided dossier, in rank order (unranked ones after, by id). */
export function resultsTable(db: Db, language: Language = 'fr'): ResultsCell[][] {
  const ranking = new Map(rankingView(db, null).ranking.map((r) => [r.dossier, r]));
  const names = new Map(listDossiers(db).map((d) => [d.id, d.name]));
  const decisions = listDecisions(db).sort((a, b) => {
    const ra = ranking.get(a.dossier)?.rank ?? Infinity;
    const rb = ranking.get(b.dossier)?.rank ?? Infinity;
    return ra - rb || a.dossier.localeCompare(b.dossier);
  });
  const header = HEADERS.map((h) => say(`results_${h}`, language));
  const rows = decisions.map((d): ResultsCell[] => {
    const r = ranking.get(d.dossier);
    return [
      d.dossier,
      names.get(d.dossier) ?? '',
      r?.rank ?? null,
      r?.normalized ?? null,
      r?.raw ?? null,
      DECISION_KINDS.includes(d.decision) ? decisionLabel(d.decision, language) : d.decision,
      d.conditions,
      d.waitlistPosition,
      d.motivation,
      d.decidedAt,
      d.withdrawnAt,
    ];
  });
  return [header, ...rows].map((row) => row.map((cell) => safeCell(cell)));
}

const csvField = (cell: ResultsCell): string => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV with a BOM (so that Excel reads UTF-8) and CRLF line ends. */
export function resultsCsv(table: readonly ResultsCell[][]): Uint8Array {
  return Buffer.from(`\uFEFF${table.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function resultsXlsx(table: readonly ResultsCell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Comitia';
  const sheet = workbook.addWorksheet('Résultats');
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function resultsFile(db: Db, format: 'xlsx' | 'csv', language: Language = 'fr'): Promise<ResultsFile> {
  const table = resultsTable(db, language);
  const bytes = format === 'xlsx' ? await resultsXlsx(table) : resultsCsv(table);
  return {
    format,
    fileName: `resultats.${format}`,
    mediaType: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    base64: Buffer.from(bytes).toString('base64'),
  };
}
