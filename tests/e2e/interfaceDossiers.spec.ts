/**
 * The Dossiers list as its users meet it (issue 8): the search finds a région and a département by name, not only by
 * code. Web shell, Chromium, demo session.
 */
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
    await expect(cells.first()).toBeVisible();
    for (const text of await cells.allTextContents()) expect(text).toContain(name);
  });
}
