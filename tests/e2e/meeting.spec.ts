/**
 * The committee's meeting from end to end, as issue 9's test asks, in the views as they are assembled in the room:
 * attendance taken in Séance, three dossiers decided from the current dossier's panel one after the other (the
 * second with a recused member, out of the room and unable to vote), the projector in a second page following each
 * move within a second, and the lock. The views' details are the room's and the decisions' own specs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comitia, fillScores } from './scoringSession.ts';
import { expect, test } from './webShell.ts';

test('a meeting: attendance, three dossiers decided (one with a recused member out of the room), the projector following, the lock', async ({ page, shell }) => {
  test.slow();
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const rank = () => (JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ranking: { dossier: string }[] }).ranking.map((r) => r.dossier);
  const nameOf = (id: string) => facts.dossiers.find((d) => d.id === id)!.name;
  const member = (id: string) => facts.members.find((m) => m.id === id)!.name;
  const recused = rank()[1]!;
  const conflicts = join(shell.dir, 'meeting-conflicts.json');
  writeFileSync(conflicts, JSON.stringify([{ member: 'asc', dossier: recused, reason: 'Élue de la commune' }]));
  comitia('conflicts', shell.sessionPath, '--set', conflicts);
  const ranking = rank();
  const at = ranking.indexOf(recused);
  const [first, second, third] = [ranking[at - 1]!, recused, ranking[at + 1]!];
  const voting = facts.members.filter((m) => m.role === 'chair' || m.role === 'member');

  // Attendance: every voting member present; the quorum is met.
  await page.goto(`${shell.url}#/deliberation/seance`);
  await page.getByLabel('Lieu').fill('Salle du conseil');
  await page.getByRole('button', { name: 'Créer la séance' }).click();
  const sheet = page.getByTestId('attendance-table');
  for (const m of voting) await sheet.getByLabel(`Statut de ${m.name}`).selectOption('present');
  await page.getByRole('button', { name: 'Enregistrer la présence' }).click();
  await expect(page.getByTestId('quorum-banner')).toContainText(`Quorum atteint : ${voting.length} votants présents ou représentés sur ${voting.length}`);

  // The agenda by rank, the room on the first of the three; the projector in a second page.
  await page.getByTestId('agenda-order').selectOption('rank');
  const rows = page.getByTestId('agenda-table').locator('tbody tr');
  await rows.nth(at - 1).getByRole('button', { name: nameOf(first), exact: true }).click();
  await expect(page.getByTestId('current-name')).toContainText(nameOf(first));
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Ouvrir la vue projecteur' }).click()]);
  await expect(projector.getByTestId('projector-dossier')).toHaveText(nameOf(first));

  const panel = page.getByTestId('decision-panel');
  const decide = async (kind: string, motivation: string, extra?: () => Promise<void>) => {
    await panel.getByLabel('Décision', { exact: true }).selectOption(kind);
    await extra?.();
    await panel.getByLabel('Motivation').fill(motivation);
    await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
  };

  // First dossier: a vote by counts, retenu.
  await expect(panel).toContainText(nameOf(first));
  await panel.getByLabel('Pour', { exact: true }).fill(String(voting.length));
  await decide('retenu', 'Projet solide, partenariat bien établi.');
  await expect(panel.getByTestId('decision-recorded')).toContainText('Décision enregistrée : Retenu');

  // Next, by one key: the recused member is out of the room, here and on the projector, and cannot vote.
  await page.getByTestId('agenda-table').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('n');
  await expect(projector.getByTestId('projector-dossier')).toHaveText(nameOf(second), { timeout: 2000 });
  const out = new RegExp(`^${member('asc')} : hors de la salle depuis \\d{2}:\\d{2}$`);
  await expect(page.getByTestId('out-of-room').locator('li[data-member="asc"]')).toHaveText(out);
  await expect(projector.getByTestId('out-of-room').locator('li[data-member="asc"]')).toHaveText(out);
  await expect(panel).toContainText(nameOf(second));
  await panel.getByLabel('Membre par membre').check();
  const roll = panel.getByTestId('roll-call');
  await expect(roll.locator('tr[data-member="asc"]')).toContainText('récusé·e — ne vote pas');
  await expect(roll.locator('tr[data-member="asc"]').getByRole('combobox')).toBeDisabled();
  for (const m of voting.filter((v) => v.id !== 'asc')) await roll.getByLabel(`Vote — ${m.name}`).selectOption('pour');
  await expect(panel.getByTestId('vote-tally')).toContainText(`${voting.length - 1} pour, 0 contre`);
  await decide('liste_attente', 'Projet intéressant, à reprendre en cas de désistement.', () => panel.getByLabel("Position sur la liste d'attente").fill('1'));
  await expect(panel.getByTestId('decision-recorded')).toContainText("Décision enregistrée : Liste d'attente");

  // The third: no vote, non retenu.
  await page.getByTestId('agenda-table').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('PageDown');
  await expect(projector.getByTestId('projector-dossier')).toHaveText(nameOf(third), { timeout: 2000 });
  await panel.getByLabel('Sans vote').check();
  await decide('non_retenu', 'Budget hors du cadre de l’appel.');
  await expect(panel.getByTestId('decision-recorded')).toContainText('Décision enregistrée : Non retenu');

  // The three decisions are the file's (its results export, read back); then the chair closes the deliberation.
  const results = join(shell.dir, 'results.csv');
  comitia('results', shell.sessionPath, '--out', results);
  const lines = readFileSync(results, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines).toHaveLength(4);
  expect(lines.find((l) => l.startsWith(`${first},`))).toContain(',retenu,');
  expect(lines.find((l) => l.startsWith(`${second},`))).toContain(",liste d'attente,");
  expect(lines.find((l) => l.startsWith(`${third},`))).toContain(',non retenu,');
  await page.getByRole('tab', { name: 'Décisions' }).click();
  const table = page.getByTestId('decisions-table');
  await expect(table.locator(`tr[data-dossier="${first}"]`)).toContainText('Retenu');
  await expect(table.locator(`tr[data-dossier="${second}"]`)).toContainText("Liste d'attente");
  await expect(table.locator(`tr[data-dossier="${third}"]`)).toContainText('Non retenu');
  await page.getByRole('button', { name: 'Clore la délibération' }).click();
  await page.getByRole('dialog', { name: 'Clore la délibération ?' }).getByRole('button', { name: 'Clore définitivement' }).click();
  await expect(page.getByTestId('lock-banner')).toContainText('Délibération close le');
  // Back in the room, a decision now needs the reason of a change after the lock.
  await page.getByRole('tab', { name: 'Séance' }).click();
  await expect(panel.getByLabel('Motif de la modification')).toBeVisible();
});
