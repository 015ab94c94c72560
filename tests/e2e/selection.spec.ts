/**
 * Délibération › Objectifs and Proposition end to end, on the demo session scored by every member: the targets
 * shown against a selection, a proposal computed (nothing applied), and the ranking's « Rang possible » column.
 * Screenshots at 1280×720 and 1440×900 in COMITIA_SCREENSHOTS when set.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { shot } from './importSteps.ts';
import { fillScores } from './scoringSession.ts';
import { expect, test } from './webShell.ts';

async function noSeriousViolation(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}

test('the targets, a proposal on the demo and the rank range column', async ({ page, shell }) => {
  test.slow();
  fillScores(shell.sessionPath, shell.dir);
  await page.goto(`${shell.url}#/deliberation/objectifs`);
  await expect(page.getByRole('heading', { level: 1, name: 'Délibération' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Objectifs', selected: true })).toBeVisible();

  // Against the decisions: none recorded yet, the view says so; the six targets with goal and current.
  const table = page.getByTestId('targets-table');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(table.locator('tr[data-target="selected"] th')).toHaveText('Au moins 40 collectivités retenues');
  await expect(table.locator('tr[data-target="selected"]')).toContainText('Non atteint');
  await expect(page.getByText('Aucune décision n\'est encore enregistrée')).toBeVisible();

  // Against the proposal: the count target met.
  await page.getByLabel('Sélection proposée').check();
  await expect(page.getByTestId('targets-summary')).toContainText('dossiers évalués', { timeout: 30_000 });
  await expect(table.locator('tr[data-target="selected"]')).toContainText('Atteint');
  await expect(page.getByRole('heading', { name: 'Échelons' })).toBeVisible();
  await page.getByRole('button', { name: 'Tableau' }).first().click();
  await expect(page.getByTestId('chart-echelons').locator('tbody tr')).toHaveCount(5);
  await page.getByRole('button', { name: 'Tableau' }).first().click();
  await noSeriousViolation(page, 'objectifs');
  for (const [w, h] of [[1280, 720], [1440, 900]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await shot(page, `selection-objectifs-${w}x${h}`);
  }

  // The proposal: computed on request, beside the (empty) decisions, with no button to apply it.
  await page.getByRole('tab', { name: 'Proposition' }).click();
  await expect(page).toHaveURL(/#\/deliberation\/proposition$/);
  await page.getByRole('button', { name: 'Proposer une sélection' }).click();
  const result = page.getByTestId('proposal-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  const status = await result.getAttribute('data-status');
  expect(['optimal', 'infeasible']).toContain(status);
  if (status === 'optimal') await expect(result).toContainText(/Sélection proposée : \d+ dossiers/);
  else await expect(page.getByTestId('proposal-conflicting')).toBeVisible();
  expect(await page.getByTestId('proposal-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(status === 'optimal' ? 40 : 1);
  await expect(page.getByText('Aucune décision enregistrée pour l’instant.')).toBeVisible();
  await expect(page.getByText('Le bouton pour appliquer la proposition apparaîtra')).toBeVisible();
  await expect(page.getByRole('button', { name: /Appliquer/ })).toHaveCount(0);
  await noSeriousViolation(page, 'proposition');
  for (const [w, h] of [[1280, 720], [1440, 900]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await shot(page, `selection-proposition-${w}x${h}`);
  }

  // The ranking shows each dossier's possible rank, « 3–7 », contested ones marked.
  await page.goto(`${shell.url}#/notation/classement`);
  const grid = page.getByTestId('ranking-grid');
  await expect(grid.locator('.ag-header-cell[col-id="rankRange"]')).toContainText('Rang possible');
  const ranges = grid.locator('.ag-row[row-id] [col-id="rankRange"]');
  await expect(ranges.first()).toHaveText(/^\d+(–\d+)?$/);
  // A range that moves: on the demo, most ranks shift when one member is left out.
  await expect(ranges.filter({ hasText: '–' }).first()).toBeVisible();
  // « contesté » near the boundary (the 40 of the count target): the search finds them by that word.
  await page.locator('#ranking-search').fill('contesté');
  await expect(grid.locator('.ag-row[row-id] .tag', { hasText: 'contesté' }).first()).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot(page, 'selection-classement-1440x900');
});
