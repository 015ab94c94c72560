/**
 * Hostile or broken files in the browser: the assistant says what is wrong, in French, and the session's dossiers
 * stay as they were (the demo session's 60).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBytes } from '../fixtures/import/dsExport.ts';
import { buildZip } from '../fixtures/import/zipWriter.ts';
import { expect, test } from './webShell.ts';
import { assistantXlsx } from './importFixtures.ts';
import { apiCall, chooseFiles, shot } from './importSteps.ts';

let dir: string;
let xlsx: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-e2e-hostile-'));
  xlsx = await assistantXlsx(dir);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function backToDossiers(page: import('@playwright/test').Page): Promise<void> {
  await page.getByRole('button', { name: '← Retour aux dossiers' }).click();
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
}

test('a text file named .xlsx, and an archive that only claims to be an ODS workbook, are refused in French before anything is read', async ({ page, shell, request }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await chooseFiles(page, writeBytes(dir, 'dossiers.xlsx', 'ID;Nom\n1;Ville A\n'));
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "« dossiers.xlsx » porte l'extension .xlsx mais n'est pas un classeur XLSX : son contenu est du texte (un CSV ?).",
  );
  await shot(page, '20-hostile-extension');
  // Still on the first step: the user can choose another file.
  await expect(page.getByRole('heading', { name: 'Fichiers', level: 2 })).toBeVisible();

  const ods = writeBytes(dir, 'export.ods', buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' }]));
  await page.getByLabel('Fichier des dossiers (XLSX, ODS ou CSV)').setInputFiles(ods);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('alert')).toContainText('« export.ods » est une archive ZIP mais pas un classeur ODS (pas de content.xml).');
  await backToDossiers(page);
  expect(await apiCall(request, shell, 'importsList', {})).toEqual([]);
});

test('an attachments ZIP whose entry leaves its folder refuses the whole import; the dossiers are unchanged', async ({ page, shell, request }) => {
  await page.goto(shell.url);
  const evasion = writeBytes(dir, 'evasion.zip', buildZip([
    { name: 'export/dossier-10001/pieces_justificatives/ok.pdf', data: '%PDF-1.4 fictif' },
    { name: 'export/dossier-10001/../../../.bashrc', data: 'echo pwned' },
  ]));
  await chooseFiles(page, xlsx, evasion);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('button', { name: 'Vérifier les données' }).click();
  await expect(page.getByRole('alert')).toContainText(
    "« evasion.zip » est refusé : l'entrée « export/dossier-10001/../../../.bashrc » a un chemin qui sort de son dossier",
  );
  await shot(page, '21-hostile-zip');
  await backToDossiers(page);
  const dossiers = await apiCall<{ id: string }[]>(request, shell, 'dossiersList', {});
  expect(dossiers.some((d) => d.id === '10001')).toBe(false);
  expect(await apiCall(request, shell, 'importsList', {})).toEqual([]);
});

test('the page cannot make the server read a path it did not upload', async ({ shell, request }) => {
  const response = await request.post(new URL('/api/importPreview', shell.url).href, {
    headers: { authorization: `Bearer ${new URL(shell.url).searchParams.get('token')}` },
    data: { source: xlsx },
  });
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'web.upload_reference_expected' } });
});
