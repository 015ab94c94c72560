/**
 * Files for the import specs, made by the tests (no real applicant): a démarches-simplifiées XLSX whose partner
 * column was renamed by a custom export template (so the assistant does not recognise it and the user maps it), an
 * attachments ZIP with the applicant's full PDF, a large export for progress and cancellation, and hostile files.
 */
import { join } from 'node:path';
import { dsWorkbook, sampleDossiers, writeBytes, type FixtureDossier } from '../fixtures/import/dsExport.ts';
import { tinyPdf } from '../fixtures/import/tinyPdf.ts';
import { buildZip } from '../fixtures/import/zipWriter.ts';

/** The header a custom template gave the "Collectivité partenaire" field, and the column only the secretariat has. */
export const RENAMED_PARTNER = 'Ville jumelle';
export const EXTRA_COLUMN = 'Remarque du service instructeur';
export const PARTNER_OF_10001 = 'Commune de Ziguinchor (partenaire fictif)';

export async function assistantXlsx(
  dir: string,
  name = 'export-vague-1.xlsx',
  options: { partnerOf10001?: string } = {},
): Promise<string> {
  const partner = options.partnerOf10001 ?? PARTNER_OF_10001;
  const dossiers = sampleDossiers().map((d) => (d.id === 10001 ? { ...d, partner } : d));
  const wb = await dsWorkbook({ layout: '2024', dossiers });
  const sheet = wb.getWorksheet('Dossiers')!;
  const header = sheet.getRow(1);
  header.eachCell((cell) => {
    if (cell.value === 'Collectivité partenaire') cell.value = RENAMED_PARTNER;
  });
  const extraCol = header.cellCount + 1;
  header.getCell(extraCol).value = EXTRA_COLUMN;
  sheet.eachRow((row, n) => {
    if (n > 1) row.getCell(extraCol).value = n === 2 ? 'Dossier complet, reçu en mairie le 9 mars' : null;
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export const FULL_PDF_TEXT = 'Dossier complet de Bourg-en-Bresse (fictif)';

export function attachmentsZip(dir: string): string {
  return writeBytes(
    dir,
    'pieces-jointes.zip',
    buildZip([
      { name: 'export/dossier-10001/export-10001-01-04-2022-10-00-1.pdf', data: tinyPdf(FULL_PDF_TEXT) },
      { name: 'export/dossier-10001/pieces_justificatives/deliberation.pdf', data: tinyPdf('Deliberation du conseil (fictive)') },
      { name: 'export/dossier-10001/pieces_justificatives/budget.xlsx', data: 'PK fictif' },
    ]),
  );
}

/** An export large enough for the progress bar to be seen and for a cancellation to land before the commit. */
export async function largeXlsx(dir: string, rows: number): Promise<string> {
  const base = sampleDossiers()[0]!;
  const dossiers: FixtureDossier[] = Array.from({ length: rows }, (_, i) => ({ ...base, id: 50000 + i, name: `Commune fictive n° ${i}` }));
  const path = join(dir, `grand-${rows}.xlsx`);
  await (await dsWorkbook({ layout: '2024', dossiers, avis: [], block: [] })).xlsx.writeFile(path);
  return path;
}
