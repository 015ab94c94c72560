/**
 * The Dossiers list as its users meet it (issue 8): the search finds a région and a département by name, not only by
 * code; a dossier's page shows its ranking and scores and steps through the list as shown. Web shell, Chromium,
 * demo session.
 */
import { fillScores } from './scoringSession.ts';
import { expect, test } from './webShell.ts';

const grid = '[data-testid="dossiers-grid"]';

for (const column of ['region', 'departement'] as const) {
  test(`the dossier search finds the ${column === 'region' ? 'région' : 'département'} by its name`, async ({ page, shell }) => {
    await page.goto(shell.url);
    await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
    const cells = page.locator(`${grid} .ag-row[row-id] [col-id="${column}"]`);
    await expect(cells.first()).not.toBeEmpty();
    // The département column reads « 29 Finistère »: its name is what follows the code.
    const shown = (await cells.first().textContent())!.trim();
    const name = column === 'departement' ? shown.replace(/^\S+\s+/, '') : shown;
    expect(name).toMatch(/\p{L}{3}/u);
    await page.locator('#filter-search').fill(name);
    await expect(page.getByTestId('dossier-count')).not.toHaveText('0 dossier');
    // Once the grid has followed the search: every row shown is in that région or département.
    await expect.poll(async () => (await cells.allTextContents()).every((text) => text.includes(name))).toBe(true);
    expect(await cells.count()).toBeGreaterThan(0);
  });
}

test('the dossier page shows its ranking and scores, and previous/next follow the list as shown', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  // A filtered list: its second row is not the session's next dossier.
  await page.locator('#filter-search').fill('Bretagne');
  const shown = page.locator(`${grid} .ag-row[row-id]`);
  await expect.poll(async () => (await shown.locator('[col-id="region"]').allTextContents()).every((text) => text === 'Bretagne')).toBe(true);
  await expect(shown.nth(1)).toBeVisible();
  const ids = await shown.evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('row-id')!, index: Number(e.getAttribute('row-index')) })).sort((x, y) => x.index - y.index).map((x) => x.id),
  );
  await shown.first().locator('[col-id="name"]').dblclick();
  const first = facts.dossiers.find((d) => d.id === ids[0])!;
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
  await expect(page.getByRole('link', { name: /Dossier précédent/ })).toHaveCount(0);

  const scores = page.getByTestId('dossier-scores');
  await expect(scores.getByTestId('dossier-rank')).toHaveText(/^Rang \d+ sur \d+ · total \d/);
  await expect(scores.locator('tbody tr')).toHaveCount(facts.grid.criteria.length);
  await expect(scores.locator('tbody tr').first()).toContainText(facts.grid.criteria[0]!.label);
  await expect(scores).toContainText('Tel que le voit : le secrétariat');

  await page.getByRole('link', { name: /Dossier suivant/ }).click();
  const second = facts.dossiers.find((d) => d.id === ids[1])!;
  await expect(page.getByRole('heading', { level: 1, name: second.name })).toBeVisible();
  await page.getByRole('link', { name: /Dossier précédent/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
});
