/**
 * `comitia scores import`: a CSV with the header `member,dossier,criterion,score` (optional `comment`), e.g. paper
 * sheets typed up by the secretariat. All or nothing: every row is checked by the same rules as a score typed in a
 * sheet, and one bad row (unknown id, recused pair, value off the scale) rejects the whole file, naming the row.
 * Hand-made files are tolerated: BOM, Windows-1252, `;` separators, decimal commas.
 */
import { parse } from 'csv-parse/sync';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { decodeText } from '../files/textEncoding.ts';
import { SECRETARIAT } from './scoreEntry.ts';
import { scoreChecker } from './scoreRules.ts';
import { memberModeOwner } from '../exchange/memberMode.ts';
import { message } from '../../common/i18n/messageCode.ts';
import { messageText } from '../../common/i18n/translateMessage.ts';

const REQUIRED = ['member', 'dossier', 'criterion', 'score'] as const;
const COLUMNS = new Set<string>([...REQUIRED, 'comment']);

export interface ImportRejection {
  /** Line of the file (the header is line 1); 1 for a problem with the header itself. */
  row: number;
  /** The column at fault, when there is one. */
  field: string | null;
  message: string;
}

export interface ScoresImportResult {
  /** Scores that did not exist before. */
  imported: number;
  /** Scores that existed with another value or comment. */
  updated: number;
  /** Rows identical to what was on file. */
  unchanged: number;
  /** Empty when the file was imported; otherwise nothing was written. */
  rejected: ImportRejection[];
}

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

/** "2", "2.5", "2,5", "-1": a plain decimal number, nothing else (no "2 pts", no "1e3"). */
function readNumber(cell: string): number | null {
  const s = cell.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

function readRows(text: string): { rows: Row[]; rejected: ImportRejection[] } {
  const rejected: ImportRejection[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as { record, info }; the typings do not follow the option.
    records = parse(text, { delimiter: detectDelimiter(text), info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], rejected: [{ row: line, field: null, message: `CSV illisible (${(error as Error).message})` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], rejected: [{ row: 1, field: null, message: 'fichier vide : en-tête « member,dossier,criterion,score » attendu' }] };
  const header = head.record.map((h) => h.toLowerCase());
  for (const h of header) {
    if (!COLUMNS.has(h)) rejected.push({ row: 1, field: h, message: `colonne « ${h} » inconnue (attendu : member, dossier, criterion, score, comment)` });
  }
  for (const c of REQUIRED) {
    if (!header.includes(c)) rejected.push({ row: 1, field: c, message: `colonne « ${c} » absente de l'en-tête` });
  }
  if (rejected.length) return { rows: [], rejected };
  const at = (c: string) => header.indexOf(c);
  const rows: Row[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      rejected.push({ row: line, field: null, message: `${record.length} colonnes au lieu de ${header.length}` });
      continue;
    }
    const cell = (c: string) => record[at(c)] ?? '';
    const empty = REQUIRED.find((c) => cell(c) === '');
    if (empty) {
      rejected.push({ row: line, field: empty, message: `colonne « ${empty} » vide` });
      continue;
    }
    const value = readNumber(cell('score'));
    if (value === null) {
      rejected.push({ row: line, field: 'score', message: `note « ${cell('score')} » illisible (nombre attendu)` });
      continue;
    }
    const comment = at('comment') < 0 ? undefined : cell('comment') || null;
    rows.push({ line, member: cell('member'), dossier: cell('dossier'), criterion: cell('criterion'), value, comment });
  }
  return { rows, rejected };
}

export function importScoresCsv(db: Db, bytes: Uint8Array, options: { source: string; actor?: string }, now = new Date().toISOString()): ScoresImportResult {
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
        rejected.push({ row: r.line, field: null, message: `même membre, dossier et critère qu'à la ligne ${earlier}` });
        continue;
      }
      firstSeen.set(key, r.line);
      if (owner !== null && r.member !== owner) {
        rejected.push({ row: r.line, field: 'member', message: messageText(message('exchange.not_your_file', { member: r.member, owner }), 'fr') });
        continue;
      }
      const problem = checker.check(r.member, r.dossier, r.criterion, r.value);
      if (problem) rejected.push({ row: r.line, field: problem.field, message: problem.message });
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
    // One entry for the whole file: it lists every score it changed, so the chain still records each of them.
    if (changes.length) appendAudit(db, 'scores.import', { source: options.source, imported: result.imported, updated: result.updated, changes }, enteredBy);
    return result;
  })();
}
