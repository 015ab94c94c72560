/**
 * Réglages › notation when the core refuses a change (issue 8): every problem is listed, each naming its field in
 * the user's words, and the fields at fault are marked; a grid change once scoring has started is confirmed in a
 * dialog that names what it would delete. No method name, no CLI option on screen.
 */
import type { Page } from '@playwright/test';
import { fillScores, sessionFacts } from './scoringSession.ts';
import { expect, test, type WebShell } from './webShell.ts';

async function openSettings(page: Page, shell: WebShell): Promise<void> {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.getByRole('link', { name: 'Réglages' }).click();
}

test('a refused grid lists every problem by the name of its field and marks those fields', async ({ page, shell }) => {
  const { grid } = sessionFacts(shell.sessionPath);
  await openSettings(page, shell);
  const editor = page.getByRole('form', { name: 'Grille de notation' });
  const max = editor.locator('#grid-scale-max');
  await max.fill('0');
  await editor.getByText(grid.criteria[1]!.label, { exact: true }).click();
  const weight = editor.getByLabel('Poids', { exact: true }).nth(1);
  await weight.fill('-1');
  await editor.getByRole('button', { name: 'Enregistrer la grille' }).click();

  const refusal = editor.getByRole('alert');
  await expect(refusal).toContainText('Grille non enregistrée : 2 problèmes à corriger.');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'Note maximale de l’échelle : le maximum (0) doit être supérieur au minimum (0)',
    'Poids du critère n° 2 : le poids doit être positif ou nul',
  ]);
  await expect(max).toHaveAttribute('aria-invalid', 'true');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByLabel('Poids', { exact: true }).first()).not.toHaveAttribute('aria-invalid', 'true');
  await expect(refusal).not.toContainText('gridSet');
});

test('a refused committee names the member by its row, every problem at once', async ({ page, shell }) => {
  await openSettings(page, shell);
  const committee = page.getByRole('form', { name: 'Comité' });
  await committee.getByRole('button', { name: 'Ajouter un membre' }).click();
  await committee.getByLabel('Identifiant', { exact: true }).fill('a b');
  await committee.getByRole('button', { name: 'Enregistrer le comité' }).click();

  const refusal = committee.getByRole('alert');
  await expect(refusal).toContainText('Comité non enregistré : 3 problèmes à corriger.');
  await expect(refusal.getByRole('listitem')).toHaveText([
    'Identifiant du membre n° 9 : identifiant invalide : 1 à 64 lettres, chiffres, « _ », « - » ou « . »',
    'Nom du membre n° 9 : ne doit pas être vide',
    'Institution du membre n° 9 : ne doit pas être vide',
  ]);
  await expect(committee.getByLabel('Identifiant', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(refusal).not.toContainText('membersSet');
});

test('removing a criterion once scoring has started asks for confirmation naming the scores it deletes', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const gone = facts.grid.criteria[0]!;
  const scorers = facts.members.filter((m) => m.role !== 'observer').length;
  await openSettings(page, shell);
  const editor = page.getByRole('form', { name: 'Grille de notation' });
  await editor.getByText(gone.label, { exact: true }).click();
  await editor.getByRole('button', { name: `Retirer le critère — ${gone.label}` }).click();
  await editor.getByRole('button', { name: 'Enregistrer la grille' }).click();

  const dialog = page.getByRole('dialog', { name: 'Modifier la grille en cours de notation ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`La notation a commencé : ${scorers * 60 * facts.grid.criteria.length} notes sont déjà saisies.`);
  await expect(dialog.getByRole('listitem')).toHaveText([`le critère « ${gone.label} » et ses ${scorers * 60} notes`]);
  await expect(dialog).not.toContainText('--confirm');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
});
