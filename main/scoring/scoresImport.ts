/**
 * `comitia scores import`: a CSV with the header `member,dossier,criterion,score` (optional `comment`), e.g. paper
 * sheets typed up by the secretariat. All or nothing: every row is checked by the same rules as a score typed in a
 * sheet, and one bad row (unknown id, recused pair, value off the scale) rejects the whole file, naming the row.
 * Hand-made files are tolerated: BOM, Windows-1252, `;` separators, decimal commas.
 */
import { parse } from 'csv-parse/sync';
import type { MessageCode, ParamValue } from '../../common/i18n/messageCode.ts';
import type { ScoresImportRejection, ScoresImportResult } from '../../common/scoring/records.ts';
import { parseFrenchNumber } from '../../common/import/frenchValues.ts';
import { recordIfLocked } from '../deliberation/lockRule.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { decodeText } from '../files/textEncoding.ts';
import { SECRETARIAT } from './scoreEntry.ts';
import { scoreChecker } from './scoreRules.ts';
import { memberModeOwner } from '../exchange/memberMode.ts';

const REQUIRED = ['member', 'dossier', 'criterion', 'score'] as const;
const COLUMNS = new Set<string>([...REQUIRED, 'comment']);

/** One refused line: where (as data, and again in `params.row`/`params.column` for the words), and why (a code). */
/** A refused row (the contract's shape, common/scoring/records.ts), with its code typed from the catalogue. */
export type ImportRejection = ScoresImportRejection & { code: MessageCode };

function rejection(row: number, field: string | null, code: MessageCode, params: Record<string, ParamValue> = {}): ImportRejection {
  return { row, field, code, params: { ...params, row, column: field ?? '' } };
}

export type { ScoresImportResult };

interface Row {
  line: number;
  member: string;
  dossier: string;
  criterion: string;
  value: number;
  /** undefined when the file has no comment column (the comment on file is kept). */
  comment: string | null | undefined;
}

/** The separator that makes the header read as our columns: `,` as specified, `;` or tab from spreadsheets. */
function detectDelimiter(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  return [',', ';', '\t'].find((d) => REQUIRED.every((c) => header.split(d).some((h) => h.trim().replace(/^"|"$/g, '') === c))) ?? ',';
}

/** "2", "2.5", "2,5", "-1": a number as French spreadsheets write it (the one reader, common/import), no "2 pts". */
function readNumber(cell: string): number | null {
  const n = parseFrenchNumber(cell);
  return n.ok ? n.value : null;
}

function readRows(text: string): { rows: Row[]; rejected: ImportRejection[] } {
  const rejected: ImportRejection[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as { record, info }; the typings do not follow the option.
    records = parse(text, { delimiter: detectDelimiter(text), info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], rejected: [rejection(line, null, 'scoring.csv_unreadable', { detail: (error as Error).message })] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], rejected: [rejection(1, null, 'scoring.csv_empty')] };
  const header = head.record.map((h) => h.toLowerCase());
  for (const h of header) {
    if (!COLUMNS.has(h)) rejected.push(rejection(1, h, 'scoring.csv_unknown_column'));
  }
  for (const c of REQUIRED) {
    if (!header.includes(c)) rejected.push(rejection(1, c, 'scoring.csv_missing_column'));
  }
  if (rejected.length) return { rows: [], rejected };
  const at = (c: string) => header.indexOf(c);
  const rows: Row[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      rejected.push(rejection(line, null, 'scoring.csv_column_count', { found: record.length, expected: header.length }));
      continue;
    }
    const cell = (c: string) => record[at(c)] ?? '';
    const empty = REQUIRED.find((c) => cell(c) === '');
    if (empty) {
      rejected.push(rejection(line, empty, 'scoring.csv_empty_cell'));
      continue;
    }
    const value = readNumber(cell('score'));
    if (value === null) {
      rejected.push(rejection(line, 'score', 'scoring.csv_score_unreadable', { typed: cell('score') }));
      continue;
    }
    const comment = at('comment') < 0 ? undefined : cell('comment') || null;
    rows.push({ line, member: cell('member'), dossier: cell('dossier'), criterion: cell('criterion'), value, comment });
  }
  return { rows, rejected };
}

export function importScoresCsv(db: Db, bytes: Uint8Array, options: { source: string; actor?: string; reason?: string | null }, now = new Date().toISOString()): ScoresImportResult {
  const { rows, rejected } = readRows(decodeText(bytes).text);
  const nothing = { imported: 0, updated: 0, unchanged: 0 };
  if (rejected.length) return { ...nothing, rejected };

  return db.transaction((): ScoresImportResult => {
    const checker = scoreChecker(db);
    // A member's scoring file (offline review) takes that member's rows only.
    const owner = memberModeOwner(db);
    const firstSeen = new Map<string, number>();
    for (const r of rows) {
      const key = `${r.member}\u0000${r.dossier}\u0000${r.criterion}`;
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) {
        rejected.push(rejection(r.line, null, 'scoring.csv_duplicate_row', { first: earlier }));
        continue;
      }
      firstSeen.set(key, r.line);
      if (owner !== null && r.member !== owner) {
        rejected.push(rejection(r.line, 'member', 'exchange.not_your_file', { member: r.member, owner }));
        continue;
      }
      const verdict = checker.check(r.member, r.dossier, r.criterion, r.value);
      if (verdict.ok) r.value = verdict.value;
      else rejected.push(rejection(r.line, verdict.problem.field, verdict.problem.code, verdict.problem.params));
    }
    if (rejected.length) return { ...nothing, rejected };

    const enteredBy = options.actor ?? SECRETARIAT;
    const existing = db.prepare('SELECT value, comment FROM scores WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?');
    const upsert = db.prepare(
      `INSERT INTO scores (member_id, dossier_id, criterion_id, value, comment, entered_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (member_id, dossier_id, criterion_id) DO UPDATE SET value = excluded.value, comment = excluded.comment,
         entered_by = excluded.entered_by, updated_at = excluded.updated_at`,
    );
    const result = { imported: 0, updated: 0, unchanged: 0, rejected: [] as ImportRejection[] };
    const changes: unknown[] = [];
    for (const r of rows) {
      const before = existing.get(r.member, r.dossier, r.criterion) as { value: number; comment: string | null } | undefined;
      const comment = r.comment === undefined ? (before?.comment ?? null) : r.comment;
      if (before && before.value === r.value && before.comment === comment) {
        result.unchanged += 1;
        continue;
      }
      upsert.run(r.member, r.dossier, r.criterion, r.value, comment, enteredBy, now);
      if (before) result.updated += 1;
      else result.imported += 1;
      changes.push({ member: r.member, dossier: r.dossier, criterion: r.criterion, value: r.value, comment, previous: before ?? null });
    }
    if (changes.length) recordIfLocked(db, 'score', { source: options.source, changed: changes.length }, options.reason, enteredBy, now);
    // One entry for the whole file: it lists every score it changed, so the chain still records each of them.
    if (changes.length) appendAudit(db, 'scores.import', { source: options.source, imported: result.imported, updated: result.updated, changes }, enteredBy);
    return result;
  })();
}
