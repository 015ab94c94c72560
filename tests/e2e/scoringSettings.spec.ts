/**
 * The scoring rules and grid set in Réglages, seen from the Notation area: blind scoring, a grid change once scoring
 * has started (confirmed, recorded), and an eligibility check failed from the sheet.
 */
import type { Page } from '@playwright/test';
import { comitia, fillScores } from './scoringSession.ts';
import { expect, test, type WebShell } from './webShell.ts';

const rows = '.ag-row[row-id]';

async function open(page: Page, shell: WebShell, area: 'scoring' | 'settings'): Promise<void> {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.getByRole('link', { name: area === 'scoring' ? 'Notation' : 'Réglages' }).click();
}

test('under blind scoring a member sees the ranking only once their sheet is marked complete', async ({ page, shell }) => {
  fillScores(shell.sessionPath, shell.dir);
  await open(page, shell, 'settings');
  await page.getByLabel('Notation à l’aveugle', { exact: false }).check();
  await page.getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(page.getByText('Règles enregistrées.')).toBeVisible();
  expect(JSON.parse(comitia('scoring-settings', shell.sessionPath, '--json'))).toMatchObject({ blind: true });

  await page.getByRole('link', { name: 'Notation' }).click();
  await page.getByLabel('Qui note ?').selectOption('cuf');
  await expect(page.getByText('Notation à l’aveugle : vous verrez les notes des autres membres')).toBeVisible();
  await page.getByRole('tab', { name: 'Classement', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Notation à l\'aveugle');
  await expect(page.getByTestId('ranking-grid')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Feuille de notation' }).click();
  await page.getByRole('button', { name: 'Marquer ma feuille comme terminée' }).click();
  await expect(page.getByText(/^Feuille terminée le /)).toBeVisible();
  await page.getByRole('tab', { name: 'Classement', exact: true }).click();
  await expect(page.getByTestId('ranking-grid').locator(rows).first()).toBeVisible();
});

test('changing a weight once scoring has started asks for confirmation, then the grid is saved', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const criterion = facts.grid.criteria[0]!;
  await open(page, shell, 'settings');
  const editor = page.getByRole('form', { name: 'Grille de notation' });
  await editor.getByText(criterion.label, { exact: true }).click();
  await editor.getByLabel('Poids', { exact: true }).first().fill('5');
  await editor.getByRole('button', { name: 'Enregistrer la grille' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier la grille en cours de notation ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('La notation a commencé');
  await dialog.getByRole('button', { name: 'Confirmer la modification' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.getByText('Grille enregistrée')).toBeVisible();
  const grid = JSON.parse(comitia('grid', shell.sessionPath, '--json')) as { criteria: { id: string; weight: number }[] };
  expect(grid.criteria.find((c) => c.id === criterion.id)!.weight).toBe(5);
});

test('a failed eligibility check typed in the sheet takes the dossier out of the ranking', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const check = facts.grid.eligibility[0]!;
  await open(page, shell, 'scoring');
  // The checks are a group of their own, shown on purpose (interface.spec.ts tests that they are out of Tab's way).
  await page.getByRole('button', { name: 'Éligibilité', exact: true }).click();
  const first = page.getByTestId('sheet-grid').locator(`${rows}:has([col-id="check:${check.id}"])`).first();
  const dossier = (await first.getAttribute('row-id'))!;
  const name = facts.dossiers.find((d) => d.id === dossier)!.name;
  await first.locator(`[col-id="check:${check.id}"]`).click();
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await expect(page.locator(`${rows}[row-id="${dossier}"] [col-id="check:${check.id}"]`)).toHaveText('Non');
  await expect(page.locator(`${rows}[row-id="${dossier}"] [col-id="status"]`)).toHaveText('Inéligible');
  await page.getByRole('tab', { name: 'Classement', exact: true }).click();
  await expect(page.getByTestId('ranking-ineligible')).toContainText(`${name} — condition non remplie : ${check.label}`);
  const stored = JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ineligible: string[] };
  expect(stored.ineligible).toContain(dossier);
});
