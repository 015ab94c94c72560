/**
 * The sheets whose rows belong to a dossier through their `Dossier ID` column: `Avis` (expert opinions), repeated
 * blocks `(<id>) <label>` and `Etablissements`. Repeated blocks and establishments become additional fields of their
 * dossier, numbered by line ("Missions prévues 2 - Pays"), so nothing the applicant wrote is dropped.
 */
import { headerKey, parseFrenchDate, parseText, parseYesNo, type CellValue } from '../../common/import/frenchValues.ts';
import type { RowIssue } from '../../common/import/types.ts';
import type { NewAvis } from '../db/dossierHistoryRepo.ts';
import { idText } from './buildDossier.ts';
import type { SatelliteSheet } from './readSource.ts';
import type { SourceTable } from './sourceTable.ts';

function columnIndex(table: SourceTable, ...names: string[]): number {
  const keys = names.map(headerKey);
  return table.headers.findIndex((h) => keys.includes(headerKey(h)));
}

/** `Avis` rows by dossier ID. Rows without a dossier ID are reported, not guessed. */
export function readAvis(table: SourceTable, issues: RowIssue[]): Map<string, NewAvis[]> {
  const byDossier = new Map<string, NewAvis[]>();
  const idCol = columnIndex(table, 'Dossier ID', 'ID');
  if (idCol < 0) {
    issues.push({ row: table.headerRow, column: 'Dossier ID', code: 'import.avis_no_id_column' });
    return byDossier;
  }
  const at = (row: CellValue[], ...names: string[]): CellValue => {
    const i = columnIndex(table, ...names);
    return i < 0 ? null : (row[i] ?? null);
  };
  const date = (v: CellValue, row: number, column: string): string | null => {
    const d = parseFrenchDate(v);
    if (d.ok) return d.value;
    issues.push({ row, column, code: 'import.avis_bad_date', params: { problem: d.problem, ...d.params } });
    return null;
  };
  for (const r of table.rows) {
    const id = idText(r.cells[idCol]);
    if (!id) {
      issues.push({ row: r.row, column: table.headers[idCol]!, code: 'import.avis_no_id' });
      continue;
    }
    const yesNo = parseYesNo(at(r.cells, 'Réponse oui/non'));
    const avis: NewAvis = {
      dossierId: id,
      introduction: parseText(at(r.cells, 'Introduction')),
      answer: parseText(at(r.cells, 'Réponse')),
      question: parseText(at(r.cells, 'Question')),
      answerYesNo: yesNo.ok ? yesNo.value : null,
      createdAt: date(at(r.cells, 'Créé le'), r.row, 'Créé le'),
      answeredAt: date(at(r.cells, 'Répondu le'), r.row, 'Répondu le'),
      instructeur: parseText(at(r.cells, 'Instructeur')),
      expert: parseText(at(r.cells, 'Expert')),
    };
    const list = byDossier.get(id) ?? [];
    list.push(avis);
    byDossier.set(id, list);
  }
  return byDossier;
}

/** Additional fields contributed by repeated blocks and establishments, by dossier ID. */
export function satelliteFields(sheets: readonly SatelliteSheet[], issues: RowIssue[]): Map<string, Record<string, string>> {
  const byDossier = new Map<string, Record<string, string>>();
  for (const sheet of sheets) {
    const { table } = sheet;
    const idCol = columnIndex(table, 'Dossier ID', 'ID');
    if (idCol < 0) {
      issues.push({ row: table.headerRow, column: 'Dossier ID', code: 'import.sheet_no_id_column', params: { sheet: sheet.name } });
      continue;
    }
    const lineCol = columnIndex(table, 'Ligne');
    const counters = new Map<string, number>();
    for (const r of table.rows) {
      const id = idText(r.cells[idCol]);
      if (!id) continue;
      const n = (counters.get(id) ?? 0) + 1;
      counters.set(id, n);
      const line = lineCol >= 0 ? idText(r.cells[lineCol]) || String(n) : String(n);
      const fields = byDossier.get(id) ?? {};
      table.headers.forEach((h, i) => {
        if (i === idCol || i === lineCol) return;
        const text = parseText(r.cells[i] ?? null);
        if (text !== null) fields[`${sheet.label} ${line} - ${h}`] = text;
      });
      byDossier.set(id, fields);
    }
  }
  return byDossier;
}
