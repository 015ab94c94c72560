/**
 * The charts with too few data (issue 8): before any member has scored, the agreement chart says there is not enough
 * to draw, instead of drawing axes and bars anyway. Web shell, Chromium, demo session (no scores yet).
 */
import { expect, test } from './webShell.ts';

test('the agreement chart says it has too few scores instead of drawing bars', async ({ page, shell }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.getByRole('link', { name: 'Notation' }).click();
  await page.getByRole('tab', { name: 'Graphiques' }).click();
  const figure = page.locator('figure.chart-figure', { has: page.getByRole('heading', { name: 'Accord entre membres, par critère' }) });
  await expect(figure).toBeVisible();
  await expect(figure.getByTestId('agreement-empty')).toHaveText('Pas encore assez de notes pour ce graphique.');
  await expect(figure.locator('canvas')).toHaveCount(0);
});
