/**
 * The import assistant end to end, in Chromium on the real web shell: files uploaded, the first rows previewed, an
 * unknown column mapped by the user, the data checked, the import confirmed with its progress bar, the dossier
 * then found in the grid and on its page (mapped field, additional field, attachment PDF shown in the page).
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './webShell.ts';
import { assistantXlsx, attachmentsZip, EXTRA_COLUMN, FULL_PDF_TEXT, PARTNER_OF_10001, RENAMED_PARTNER } from './importFixtures.ts';
import { chooseFiles, shot } from './importSteps.ts';

let dir: string;
let xlsx: string;
let zip: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-e2e-import-'));
  xlsx = await assistantXlsx(dir);
  zip = attachmentsZip(dir);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.describe('on an empty session', () => {
  test.use({ emptySession: true });

  test('imports an XLSX whose unknown column the user maps, then shows the dossier in the grid and on its page', async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByTestId('dossier-count')).toHaveText('0 dossier');
    await chooseFiles(page, xlsx, zip);
    await shot(page, '01-files');
    await page.getByRole('button', { name: 'Continuer' }).click();

    // The preview: how the file was read and its first rows, as text.
    await expect(page.getByRole('heading', { name: 'Correspondance des colonnes', level: 2 }).first()).toBeVisible();
    await expect(page.getByText('export démarches-simplifiées (format actuel)')).toBeVisible();
    const preview = page.getByRole('region', { name: 'Aperçu des premières lignes' });
    await expect(preview.getByRole('columnheader', { name: RENAMED_PARTNER })).toBeVisible();
    await expect(preview.getByRole('cell', { name: 'Ville de Bourg-en-Bresse' }).first()).toBeVisible();

    // The renamed column is not recognised: kept as an additional field until the user maps it.
    const partner = page.getByLabel(`Champ du dossier pour la colonne « ${RENAMED_PARTNER} »`);
    await expect(partner).toHaveValue('');
    await expect(page.getByLabel(`Champ du dossier pour la colonne « ${EXTRA_COLUMN} »`)).toHaveValue('');
    await expect(page.getByLabel('Champ du dossier pour la colonne « ID »')).toHaveValue('id');
    await partner.selectOption('partnerAuthority');
    await expect(partner.locator('xpath=ancestor::tr')).toContainText('votre choix');
    await page.getByLabel('Enregistrer cette correspondance sous le nom').fill('Territoires Volontaires — vague 1');
    await shot(page, '02-mapping');
    await page.getByRole('button', { name: 'Vérifier les données' }).click();

    // The check: a dry run, nothing saved; counts and the warnings with row, column and reason in French.
    await expect(page.getByRole('heading', { name: 'Vérification', level: 2 })).toBeVisible();
    const counts = page.getByTestId('import-counts');
    await expect(counts.locator('.count-imported dd')).toHaveText('5');
    await expect(counts.locator('.count-skipped dd')).toHaveText('1');
    const warnings = page.getByRole('region', { name: /Alertes \(dossiers importés/ });
    await expect(warnings.getByRole('row').filter({ hasText: 'Atlantide' })).toContainText('Pays partenaire(s)');
    await expect(page.getByText('Aucune.').first()).toBeVisible();
    // What « en entier ou pas du tout » means here, in words.
    await expect(page.getByText('En entier ou pas du tout : tous les dossiers sont enregistrés ensemble, en une fois, ou aucun.')).toBeVisible();
    await shot(page, '03-check');
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    const report = page.getByTestId('import-report');
    await expect(report).toContainText('« export-vague-1.xlsx » a été importé.');
    await expect(report.locator('.count-imported dd')).toHaveText('5');
    await expect(report).toContainText('Correspondance enregistrée sous « Territoires Volontaires — vague 1 »');
    await expect(report).toContainText('3 ajoutées ou remplacées');
    await expect(report).toContainText('1 dossier complet (PDF)');
    // The final report lists the warnings as the check did.
    const finalWarnings = report.getByRole('region', { name: /Alertes \(dossiers importés/ });
    await expect(finalWarnings.getByRole('row').filter({ hasText: 'Atlantide' })).toContainText('Pays partenaire(s)');
    await shot(page, '04-report');
    await report.getByRole('button', { name: 'Voir les dossiers' }).click();

    // The grid: the five imported dossiers; the session bar counts them too.
    await expect(page.getByTestId('dossier-count')).toHaveText('5 dossiers');
    await expect(page.getByText('5 dossiers · ')).toBeVisible();
    await page.getByLabel('Rechercher').fill('Bourg');
    await expect(page.getByTestId('dossier-count')).toHaveText('1 affiché sur 5');
    const row = page.locator('.ag-row[row-id="10001"]');
    await expect(row).toContainText('Ville de Bourg-en-Bresse');
    await row.locator('[col-id="name"]').click();
    const panel = page.getByRole('complementary', { name: 'Ville de Bourg-en-Bresse' });
    await expect(panel).toContainText(PARTNER_OF_10001);
    await panel.getByRole('link', { name: 'Ouvrir la page du dossier' }).click();

    // The page: the mapped field, the additional field, the attachments with the full PDF shown in the page.
    await expect(page.getByRole('heading', { level: 1, name: 'Ville de Bourg-en-Bresse' })).toBeVisible();
    const fields = page.getByRole('region', { name: 'Informations' });
    await expect(fields.locator('dt', { hasText: 'Autorité partenaire' }).locator('xpath=following-sibling::dd[1]')).toHaveText(PARTNER_OF_10001);
    await expect(page.getByTestId('extra-fields')).toContainText(EXTRA_COLUMN);
    await expect(page.getByTestId('extra-fields')).toContainText('Dossier complet, reçu en mairie le 9 mars');
    await expect(page.getByRole('region', { name: 'Avis d’experts' })).toContainText('Le partenariat est-il actif ?');
    await expect(page.getByRole('region', { name: 'Historique des modifications' })).toContainText('Créé par l’import de « export-vague-1.xlsx »');

    const files = page.getByRole('region', { name: /Pièces jointes/ });
    await expect(files.getByRole('row')).toHaveCount(3);
    const viewer = page.locator('iframe.pdf-viewer');
    await expect(viewer).toHaveAttribute('title', 'Aperçu de « export-10001-01-04-2022-10-00-1.pdf »');
    const src = await viewer.getAttribute('src');
    expect(src).toMatch(/^\/api\/attachments\/\d+\?token=/);
    // The frame holds Chromium's PDF viewer: the document is displayed, not downloaded.
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-extension://'))).toBe(true);
    const served = await page.request.get(new URL(src!, shell.url).href);
    expect(served.headers()['content-type']).toBe('application/pdf');
    expect(served.headers()['content-security-policy']).toMatch(/^sandbox/);
    expect((await served.body()).includes(Buffer.from(FULL_PDF_TEXT.replace(/[()]/g, (c) => `\\${c}`), 'latin1'))).toBe(true);
    // Other files are downloads, never rendered by the page.
    await expect(files.getByRole('link', { name: 'Télécharger budget.xlsx' })).toHaveAttribute('href', /download=1/);
    await page.waitForTimeout(500);
    await shot(page, '05-dossier-page');
  });
});

/** No serious or critical accessibility violation on the page as it stands. */
async function expectAccessible(page: import('@playwright/test').Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.describe('accessibility', () => {
  test.use({ emptySession: true });

  test('every step of the assistant, and the dossier page, pass axe with no serious or critical violation', async ({ page, shell }) => {
    await page.goto(shell.url);
    await chooseFiles(page, xlsx, zip);
    await expectAccessible(page, 'fichiers');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('heading', { name: 'Colonnes du fichier et champs du dossier' })).toBeVisible();
    await expectAccessible(page, 'correspondance');
    await page.getByRole('button', { name: 'Vérifier les données' }).click();
    await expect(page.getByRole('heading', { name: 'Vérification', level: 2 })).toBeVisible();
    await expectAccessible(page, 'vérification');
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(page.getByTestId('import-report')).toBeVisible();
    await expectAccessible(page, 'rapport');
    await page.goto(new URL('/#/dossiers/id/10001', shell.url).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Ville de Bourg-en-Bresse' })).toBeVisible();
    await expectAccessible(page, 'page du dossier');
    // And in English: every text of the assistant has its translation.
    await page.goto(new URL('/#/dossiers/import', shell.url).href);
    await page.getByRole('button', { name: /EN/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import applications' })).toBeVisible();
    await expect(page.getByLabel('File of applications (XLSX, ODS or CSV)')).toBeVisible();
    await expectAccessible(page, 'assistant (English)');
  });
});
