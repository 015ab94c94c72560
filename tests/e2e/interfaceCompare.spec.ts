/**
 * The comparison as a member meets it (issue 8): other members' scores are shown only when the rules allow, and the
 * view says why they are hidden, dossier by dossier (the member's own recusal, or blind scoring until the sheet is
 * marked complete). Web shell, Chromium, demo session (blind scoring on).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comitia, fillScores } from './scoringSession.ts';
import { expect, test } from './webShell.ts';

test('a member comparing dossiers is told why others’ scores are hidden: recusal for one, blind scoring for the other', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const [recused, other] = facts.dossiers;
  const file = join(shell.dir, 'conflicts.json');
  writeFileSync(file, JSON.stringify([{ member: 'asc', dossier: recused!.id, reason: 'Élue de la commune' }]));
  comitia('conflicts', shell.sessionPath, '--set', file);

  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.getByRole('link', { name: 'Notation' }).click();
  await page.getByLabel('Qui note ?').selectOption('asc');
  for (const d of [recused!, other!]) {
    await page.locator('#sheet-search').fill(d.id);
    const box = page.getByTestId('sheet-grid').locator(`.ag-row[row-id="${d.id}"] [col-id="compare"] input`);
    await box.click();
    await expect(box).toBeChecked();
  }
  await page.getByRole('button', { name: 'Comparer (2)' }).click();
  const table = page.getByTestId('comparison');
  await expect(table).toBeVisible();
  const notes = table.getByTestId('compare-hidden');
  await expect(notes).toHaveCount(2);
  const byDossier = async (id: string) => {
    const column = (await table.locator('thead th.dossier-head').allTextContents()).findIndex((text) => text.includes(id));
    return table.locator('.facts-row td').nth(column).getByTestId('compare-hidden');
  };
  await expect(await byDossier(recused!.id)).toHaveText('Notes des autres membres masquées : vous avez déclaré un conflit d’intérêts pour ce dossier.');
  await expect(await byDossier(other!.id)).toHaveText('Notes des autres membres masquées : notation à l’aveugle, jusqu’à ce que vous ayez marqué votre feuille comme terminée.');
  // And the scores themselves are withheld: only the member's own (one per cell at most).
  const cells = table.locator('tbody tr').first().locator('td');
  for (let i = 0; i < 2; i += 1) expect(await cells.nth(i).locator('.member-scores li').count()).toBeLessThanOrEqual(1);
});
