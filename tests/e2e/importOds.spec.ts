/**
 * An ODS export in the browser (issue 8): read like the XLSX, with the corrections the import made listed apart as
 * ones to confirm, in the check, in the final report and on the dossier: an échelon taken from the INSEE code
 * (« Commune retenue »), and a wrong INSEE code whose companion columns name the commune (the code found proposed).
 */
import * as XLSX from '@e965/xlsx';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dsHeaders, dsRow, sampleDossiers, writeBytes } from '../fixtures/import/dsExport.ts';
import { chooseFiles, shot } from './importSteps.ts';
import { expect, test } from './webShell.ts';

let dir: string;
let ods: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-e2e-ods-'));
  const base = sampleDossiers()[0]!;
  const dossiers = [
    ...sampleDossiers(),
    { ...base, id: 10008, name: 'Mairie d’Auch', echelon: 'Département du Gers', commune: 'Auch (32000)', insee: '32013', communeDepartement: '32 - Gers' },
    { ...base, id: 10009, name: 'Mairie de Thiverny', echelon: 'Commune', commune: 'Thiverny', insee: '99999', communeDepartement: 'Oise' },
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([dsHeaders('2024'), ...dossiers.map((d) => dsRow('2024', d))], { cellDates: true }), 'Dossiers');
  ods = writeBytes(dir, 'export-vague-2.ods', XLSX.write(wb, { bookType: 'ods', type: 'buffer' }) as Buffer);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.describe('on an empty session', () => {
  test.use({ emptySession: true });

  test('imports an ODS and shows the corrections to confirm in the check, the report and on the dossier', async ({ page, shell }) => {
    await page.goto(shell.url);
    await chooseFiles(page, ods);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('heading', { name: 'Correspondance des colonnes', level: 2 }).first()).toBeVisible();
    await expect(page.getByText('export démarches-simplifiées (format actuel)')).toBeVisible();
    await expect(page.locator('dd', { hasText: /^ODS$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Vérifier les données' }).click();

    await expect(page.getByRole('heading', { name: 'Vérification', level: 2 })).toBeVisible();
    await expect(page.getByTestId('import-counts').locator('.count-imported dd')).toHaveText('7');
    const corrections = page.getByRole('region', { name: /Corrections à confirmer/ });
    const auch = corrections.getByRole('row').filter({ hasText: '10008' });
    await expect(auch).toContainText('Échelon de la collectivité');
    await expect(auch).toContainText('Commune retenue : échelon déclaré « Département du Gers », mais le code INSEE 32013 désigne la commune « Auch » ; à confirmer');
    await expect(corrections.getByRole('row').filter({ hasText: '10009' })).toContainText('la commune « Thiverny » (Oise) a le code 60635 : à corriger');
    await shot(page, '40-ods-check');
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    const report = page.getByTestId('import-report');
    await expect(report).toContainText('« export-vague-2.ods » a été importé.');
    await expect(report.getByRole('region', { name: /Corrections à confirmer/ }).getByRole('row').filter({ hasText: '10008' })).toContainText('Commune retenue');

    await page.goto(new URL('/#/dossiers/id/10008', shell.url).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Mairie d’Auch' })).toBeVisible();
    const warnings = page.getByRole('note', { name: /Alertes/ });
    await expect(warnings.locator('li.correction')).toContainText('À confirmer : Échelon de la collectivité : Commune retenue');
    await shot(page, '41-ods-dossier');
  });
});
