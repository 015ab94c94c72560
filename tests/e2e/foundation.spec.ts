import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './webShell.ts';

const dataRows = '.ag-row[row-id]';

test('the demo session opens and the grid lists its 60 dossiers', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  // AG Grid renders only visible rows: count the rows it reports, and check a real one is displayed.
  await expect(page.locator('.ag-root [role="grid"]')).toHaveAttribute('aria-rowcount', '61');
  await expect(page.locator(dataRows).first()).toBeVisible();
  await expect(page.locator(`${dataRows} [col-id="name"]`).first()).not.toBeEmpty();
});

test('a filter on échelon narrows the grid to that échelon', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.getByLabel('Échelon').selectOption('region');
  await expect(page.getByTestId('dossier-count')).toHaveText(/affichés sur 60/);
  const shown = Number((await page.getByTestId('dossier-count').textContent())!.split(' ')[0]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(60);
  await expect(page.locator('.ag-root [role="grid"]')).toHaveAttribute('aria-rowcount', String(shown + 1));
  // Every displayed row is a région (polled: rows filtered out leave with an animation).
  await expect
    .poll(async () => [...new Set(await page.locator('[role="gridcell"][col-id="echelon"]').allTextContents())])
    .toEqual(['Région']);
});

test('clicking a dossier shows its detail panel', async ({ page, shell }) => {
  await page.goto(shell.url);
  const firstName = page.locator('[role="gridcell"][col-id="name"]').first();
  const name = (await firstName.textContent())!;
  await firstName.click();
  await expect(page.getByRole('complementary', { name })).toBeVisible();
  await expect(page.getByRole('complementary').getByText('Pays partenaires')).toBeVisible();
});

test('the language switch turns the navigation into English and back, and is remembered', async ({ page, shell }) => {
  await page.goto(shell.url);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link')).toHaveText(['Dossiers', 'Notation', 'Délibération', 'Procès-verbal', 'Réglages']);
  await page.getByRole('button', { name: /EN/ }).click();
  const navEn = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(navEn.getByRole('link')).toHaveText(['Applications', 'Scoring', 'Deliberation', 'Minutes', 'Settings']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.getByRole('button', { name: /FR/ }).click();
  await expect(nav.getByRole('link').first()).toHaveText('Dossiers');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('every area passes an accessibility check with no serious or critical violation', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  for (const area of ['dossiers', 'scoring', 'deliberation', 'minutes', 'settings']) {
    await page.goto(new URL(`/#/${area}`, shell.url).href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${area}: ${v.id} — ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});

test('a new empty session can be created from the interface', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Nouvelle session…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Chemin du fichier de session (.comitia)').fill(shell.dir + '/nouvelle.txt');
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await expect(dialog.getByRole('alert')).toContainText('.comitia');
  await dialog.getByLabel('Chemin du fichier de session (.comitia)').fill(shell.dir + '/nouvelle.comitia');
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Nouvelle session', { exact: true })).toBeVisible();
  await expect(page.getByTestId('dossier-count')).toHaveText('0 dossier');
});
