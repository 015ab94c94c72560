/**
 * Addresses and the cache across pages: an unknown address says so (and leads back), the Notation tabs have their
 * own addresses, and the Dossiers list keeps its labels after a round trip through another area (issue 8).
 */
import { sessionFacts } from './scoringSession.ts';
import { expect, test, type WebShell } from './webShell.ts';

/** The shell's address with `path` as the page (`/notation/feuille`), token kept: the page reads it from the query. */
function at(shell: WebShell, path: string): string {
  const url = new URL(shell.url);
  url.hash = path;
  return url.href;
}

test('an unknown address shows "page not found" with a link back to the dossiers', async ({ page, shell }) => {
  for (const path of ['/nimporte-quoi', '/notation/inconnu', '/dossiers/10001/en-trop']) {
    await page.goto(at(shell, path));
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByTestId('dossier-count')).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Retour aux dossiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/dossiers');
});

test('the Notation tabs and the older addresses have their pages', async ({ page, shell }) => {
  await page.goto(at(shell, '/notation/classement'));
  await expect(page.getByRole('tab', { name: 'Classement', exact: true })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await expect(page).toHaveURL(/#\/notation\/simulation$/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Classement', exact: true })).toHaveAttribute('aria-selected', 'true');
  // The first versions' addresses lead to the same pages.
  await page.goto(at(shell, '/scoring'));
  await expect(page).toHaveURL(/#\/notation\/classement$/);
  await page.goto(at(shell, '/minutes'));
  await expect(page).toHaveURL(/#\/pv$/);
  await expect(page.getByRole('link', { name: 'Procès-verbal' })).toHaveAttribute('aria-current', 'page');
  const { dossiers } = sessionFacts(shell.sessionPath);
  await page.goto(at(shell, `/dossiers/id/${dossiers[0]!.id}`));
  await expect(page).toHaveURL(new RegExp(`#/dossiers/${dossiers[0]!.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: dossiers[0]!.name })).toBeVisible();
});

test('after leaving Dossiers and coming back, the list shows region and country names, not codes', async ({ page, shell }) => {
  const { dossiers } = sessionFacts(shell.sessionPath);
  const d = dossiers.find((x) => x.region && x.countries.length > 0)!;
  const region = page.locator(`.ag-row[row-id="${d.id}"] [col-id="region"]`);
  const countries = page.locator(`.ag-row[row-id="${d.id}"] [col-id="countries"]`);
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.locator('#filter-search').fill(d.id);
  await expect(region).toHaveText(/\p{L}{3}/u);
  for (let round = 0; round < 3; round += 1) {
    await page.getByRole('link', { name: 'Notation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notation' })).toBeVisible();
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
    await page.locator('#filter-search').fill(d.id);
    // The first drawing must be the right one: codes drawn first were never redrawn.
    await expect(region).toBeVisible();
    expect(await region.textContent()).not.toBe(d.region);
    await expect(region).not.toHaveText(/^\d+$/);
    await expect(countries).not.toHaveText(/^[A-Z]{3}(, [A-Z]{3})*$/);
  }
});
