/**
 * Délibération › Séance and the projector end to end (issue 9, « Attendance and quorum », « Discussion order and the
 * room »), on the demo session scored by every member, with one recusal: a meeting created, attendance below quorum
 * (the banner says no decision can be recorded, a proxy without a holder is refused on the member's line, the chair
 * may override with a reason), then at quorum; the agenda by rank; a dossier made current; the projector opened from
 * the view follows the room when the next key is pressed; the recused member shown out of the room with the time.
 * Screenshots at 1280×720 in COMITIA_SCREENSHOTS when set.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shot } from './importSteps.ts';
import { comitia, fillScores } from './scoringSession.ts';
import { expect, test } from './webShell.ts';

test('a meeting taken through attendance and quorum, the agenda, and the projector following the room', async ({ page, shell }) => {
  test.slow();
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const rank = () => (JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ranking: { dossier: string }[] }).ranking.map((r) => r.dossier);
  const nameOf = (id: string) => facts.dossiers.find((d) => d.id === id)!.name;
  // Nadia Benhamou (asc) declared a conflict for the second dossier of the ranking (which may move it: her scores
  // no longer count for it).
  const recused = rank()[1]!;
  const conflicts = join(shell.dir, 'room-conflicts.json');
  writeFileSync(conflicts, JSON.stringify([{ member: 'asc', dossier: recused, reason: 'Élue de la commune' }]));
  comitia('conflicts', shell.sessionPath, '--set', conflicts);
  const ranking = rank();
  const at = ranking.indexOf(recused);
  expect(at).toBeGreaterThan(0);
  // The room starts on the dossier just before the recused one, then moves on to it.
  const [first, second, third] = [ranking[at - 1]!, recused, ranking[at + 1]!];
  const voting = facts.members.filter((m) => m.role === 'chair' || m.role === 'member').length;
  const required = Math.floor(voting / 2) + 1;

  await page.goto(`${shell.url}#/deliberation/seance`);
  await expect(page.getByRole('tab', { name: 'Séance', selected: true })).toBeVisible();
  const banner = page.getByTestId('quorum-banner');
  await expect(banner).toHaveText('Quorum : aucune séance enregistrée.');

  // A meeting: the form is open when the session has none.
  await page.getByLabel('Lieu').fill('Paris, MEAE');
  await page.getByLabel('Forme').selectOption({ label: 'Mixte' });
  await page.getByRole('button', { name: 'Créer la séance' }).click();
  await expect(page.getByTestId('meeting-select')).toContainText('Mixte · Paris, MEAE');
  await expect(banner).toContainText(`Quorum non atteint : 0 votant présent ou représenté sur ${voting}, ${required} requis : aucune décision ne peut être enregistrée`);

  // Below quorum: the chair, asc and cuf present.
  const sheet = page.getByTestId('attendance-table');
  const status = (name: string) => sheet.getByLabel(`Statut de ${name}`);
  const member = (id: string) => facts.members.find((m) => m.id === id)!.name;
  for (const id of ['meae-daect', 'asc', 'cuf']) await status(member(id)).selectOption('present');
  await page.getByRole('button', { name: 'Enregistrer la présence' }).click();
  await expect(banner).toContainText(`Quorum non atteint : 3 votants présents ou représentés sur ${voting}, ${required} requis : aucune décision ne peut être enregistrée`);

  // The chair's override needs its reason.
  await banner.getByRole('button', { name: 'Dérogation du président' }).click();
  await banner.getByRole('button', { name: 'Déroger au quorum' }).click();
  await expect(banner.getByRole('alert')).toHaveText('Indiquez le motif de la dérogation.');
  await banner.getByLabel('Motif de la dérogation (obligatoire)').fill('Calendrier du programme');
  await banner.getByRole('button', { name: 'Déroger au quorum' }).click();
  await expect(page.getByTestId('quorum-override')).toContainText('Dérogation du président : Calendrier du programme');

  // A proxy without its holder is refused on the member's own line; with the chair holding it, the quorum is met.
  await status(member('rdf')).selectOption('represented');
  await page.getByRole('button', { name: 'Enregistrer la présence' }).click();
  await expect(sheet.locator('tr[data-member="rdf"]').getByRole('alert')).toHaveText('rdf est représenté : indiquez par quel membre (« by »)');
  await sheet.getByLabel(`Mandataire de ${member('rdf')}`).selectOption('meae-daect');
  await page.getByRole('button', { name: 'Enregistrer la présence' }).click();
  await expect(banner).toContainText(`Quorum atteint : 4 votants présents ou représentés sur ${voting}`);
  await expect(sheet.getByRole('alert')).toHaveCount(0);

  // The agenda by rank; the first dossier made current by a click.
  await page.getByTestId('agenda-order').selectOption('rank');
  const rows = page.getByTestId('agenda-table').locator('tbody tr');
  await expect(rows.nth(at - 1)).toHaveAttribute('data-dossier', first);
  await expect(rows.nth(at)).toHaveAttribute('data-dossier', second);
  await expect(rows.nth(at)).toContainText(member('asc'));
  await rows.nth(at - 1).getByRole('button', { name: nameOf(first), exact: true }).click();
  await expect(rows.nth(at - 1)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('current-name')).toContainText(nameOf(first));

  // The projector, opened from the view, shows the current dossier…
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Ouvrir la vue projecteur' }).click()]);
  await expect(projector.getByTestId('projector-dossier')).toHaveText(nameOf(first));
  await expect(projector.locator('.projector-scores tbody tr')).toHaveCount(facts.grid.criteria.length);
  await expect(projector.getByRole('navigation')).toHaveCount(0);

  // …and follows the room: one key in the first page moves both to the next dossier within two seconds.
  await page.keyboard.press('n');
  await expect(rows.nth(at)).toHaveAttribute('aria-current', 'true');
  await expect(projector.getByTestId('projector-dossier')).toHaveText(nameOf(second), { timeout: 2000 });
  // Its recused member, present, has left the room: shown out of it with the time, here and on the projector.
  const out = new RegExp(`^${member('asc')} : hors de la salle depuis \\d{2}:\\d{2}$`);
  await expect(page.getByTestId('out-of-room').locator('li[data-member="asc"]')).toHaveText(out);
  await expect(projector.getByTestId('out-of-room').locator('li[data-member="asc"]')).toHaveText(out);

  // Page Down does the same; typed in a text field, N is a letter.
  await page.getByLabel("Nom de l'invité").fill('n');
  await expect(rows.nth(at)).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('agenda-table').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('PageDown');
  await expect(rows.nth(at + 1)).toHaveAttribute('aria-current', 'true');
  await expect(projector.getByTestId('projector-dossier')).toHaveText(nameOf(third), { timeout: 2000 });

  await shot(page, 'room-seance');
  await shot(projector, 'room-projector');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
});
