/**
 * A long import in the browser: its progress bar with counts, and a Cancel button that really aborts it (the
 * session keeps nothing of it), then the same import run to its end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './webShell.ts';
import { largeXlsx } from './importFixtures.ts';
import { chooseFiles, shot } from './importSteps.ts';

const ROWS = 5000;
let dir: string;
let big: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-e2e-progress-'));
  big = await largeXlsx(dir, ROWS);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));
test.use({ emptySession: true });

test('a long import shows a progress bar with counts; Cancel aborts it and leaves the session as it was', async ({ page, shell }) => {
  test.setTimeout(120_000);
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('0 dossier');
  await chooseFiles(page, big);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText(/5\s000 lignes de données/)).toBeVisible({ timeout: 30_000 });

  // The check (a dry run) already reports its progress.
  await page.getByRole('button', { name: 'Vérifier les données' }).click();
  await expect(page.getByRole('progressbar', { name: 'Vérification en cours…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vérification', level: 2 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-counts').locator('.count-imported dd')).toHaveText(/5\s000/);

  // Import, then cancel while it runs: the core aborts before its transaction, the session is untouched.
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const progress = page.getByTestId('import-progress');
  await expect(progress.getByRole('progressbar', { name: 'Import en cours…' })).toBeVisible();
  await shot(page, '10-progress');
  await progress.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('alert')).toHaveText("Import annulé : la session n'a pas été modifiée.", { timeout: 30_000 });
  await expect(progress).toBeHidden();

  // The same import, to its end. Every text the status line shows is recorded as it changes, however fast.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="import-progress"] [role="status"]');
      const bar = document.querySelector<HTMLProgressElement>('[data-testid="import-progress"] progress');
      if (status?.textContent) seen.push(`${status.textContent} | ${bar?.value ?? ''}/${bar?.max ?? ''}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const report = page.getByTestId('import-report');
  await expect(report.locator('.count-imported dd')).toHaveText(/5\s000/, { timeout: 60_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  // Reading, then checking the rows with the count rising (writing is one synchronous transaction: its own
  // events leave together at its end, so the page may show only the last of them).
  expect(seen.some((s) => s.startsWith('Lecture du fichier'))).toBe(true);
  const checking = seen.filter((s) => /^Vérification des lignes : [\d\s]+ sur 5\s000 \| \d+\/5000$/.test(s));
  expect(checking.length).toBeGreaterThan(0);
  expect(checking.some((s) => !s.endsWith('| 0/5000'))).toBe(true);
  await report.getByRole('button', { name: 'Voir les dossiers' }).click();
  await expect(page.getByTestId('dossier-count')).toHaveText(/^5\s000 dossiers$/);
});
