/**
 * Délibération › Décisions, Liste d'attente and Journal end to end on the demo (issue 9): a meeting with its
 * attendance prepared through the api (the room's screens are another view's), then in the interface a vote member
 * by member and a decision refused without its motivation (the core's message next to the field), recorded with a
 * standard phrase; a dossier with a recused member who cannot vote, put on the waiting list; a withdrawal and the
 * promotion; the lock, after which a change asks for a reason; the results CSV downloaded and read back; the journal
 * listing these, the chain intact. Axe on each view; screenshots at 1280×720 and 1920×1080 in COMITIA_SCREENSHOTS.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Conflict } from '../../common/scoring/records.ts';
import type { Dossier, Member } from '../../common/domain/types.ts';
import { apiCall, shot } from './importSteps.ts';
import { expect, test } from './webShell.ts';

async function noSeriousViolation(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
}

async function shots(page: Page, name: string): Promise<void> {
  if (!process.env.COMITIA_SCREENSHOTS) return;
  for (const [width, height] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await shot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('votes, decisions, the waiting list, the lock and the journal', async ({ page, shell, request }) => {
  test.slow();
  const members = await apiCall<Member[]>(request, shell, 'membersList', {});
  const dossiers = await apiCall<Dossier[]>(request, shell, 'dossiersList', {});
  const voting = members.filter((m) => m.role === 'chair' || m.role === 'member');
  const ordinary = voting.filter((m) => m.role === 'member');
  const [represented, recusedMember, proxy] = [ordinary[0]!, ordinary.at(-1)!, voting.find((m) => m.role === 'chair')!];
  expect(new Set([recusedMember.id, represented.id, proxy.id]).size).toBe(3);
  const [first, conflicted, third] = dossiers;
  // A conflict of interest declared as the scoring would (the demo has none), then the meeting: everyone present,
  // one member represented by another, so the quorum is met.
  const recusal = await apiCall<Conflict>(request, shell, 'conflictSet', { member: recusedMember.id, dossier: conflicted!.id, reason: 'Élu de la commune' });
  await apiCall(request, shell, 'meetingCreate', { date: '2026-12-01', kind: 'room', place: 'Salle du conseil' });
  await apiCall(request, shell, 'attendanceSet', {
    entries: members.map((m) => (m.id === represented.id ? { member: m.id, status: 'represented', by: proxy.id } : { member: m.id, status: 'present' })),
  });

  await page.goto(`${shell.url}#/deliberation/decisions`);
  await expect(page.getByRole('tab', { name: 'Décisions', selected: true })).toBeVisible();
  const table = page.getByTestId('decisions-table');
  await expect(table.locator('tbody tr')).toHaveCount(dossiers.length);

  // A standard phrase for « Retenu », kept in the session.
  const phrase = 'Projet solide, partenariat bien établi.';
  await page.getByLabel('Phrases pour « Retenu »').fill(phrase);
  await page.getByRole('button', { name: 'Enregistrer les phrases' }).click();
  await expect(page.getByText('Phrases enregistrées.')).toBeVisible();

  // A vote member by member: the represented member's vote is cast by the proxy; the outcome as the core computes it.
  await table.locator(`tr[data-dossier="${first!.id}"]`).getByRole('button').click();
  const panel = page.getByTestId('decision-panel');
  await panel.getByLabel('Membre par membre').check();
  const roll = panel.getByTestId('roll-call');
  await expect(roll.locator(`tr[data-member="${represented.id}"]`)).toContainText(proxy.name);
  for (const m of voting) await roll.getByLabel(`Vote — ${m.name}`).selectOption('pour');
  await expect(panel.getByTestId('vote-tally')).toHaveAttribute('data-outcome', 'adopted');
  await expect(panel.getByTestId('vote-tally')).toContainText(`${voting.length} pour, 0 contre`);
  // Without a motivation: refused, the core's words next to the field.
  await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
  const motivationError = panel.locator('#decision-motivation-error');
  await expect(motivationError).toHaveText(`dossier ${first!.id} : la motivation est obligatoire`);
  await expect(panel.getByLabel('Motivation')).toHaveAttribute('aria-invalid', 'true');
  await panel.getByRole('button', { name: `Insérer : ${phrase}` }).click();
  await expect(panel.getByLabel('Motivation')).toHaveValue(phrase);
  await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(panel.getByTestId('decision-recorded')).toContainText('Décision enregistrée : Retenu');
  await expect(panel.getByTestId('decision-recorded')).toContainText(`Vote enregistré : ${voting.length} pour, 0 contre`);
  await expect(motivationError).toHaveCount(0);
  await expect(table.locator(`tr[data-dossier="${first!.id}"]`)).toContainText('Retenu');
  await noSeriousViolation(page, 'decisions');
  await shots(page, 'decisions-panel');

  // The dossier with a conflict: its member is out of the room and cannot vote; it goes on the waiting list.
  await table.locator(`tr[data-dossier="${recusal.dossier}"]`).getByRole('button').click();
  await panel.getByLabel('Membre par membre').check();
  const recusedRow = roll.locator(`tr[data-member="${recusedMember.id}"]`);
  await expect(recusedRow).toContainText('récusé·e — ne vote pas');
  await expect(recusedRow.getByRole('combobox')).toBeDisabled();
  await panel.getByLabel('Sans vote').check();
  await panel.getByLabel('Décision', { exact: true }).selectOption('liste_attente');
  await panel.getByLabel("Position sur la liste d'attente").fill('1');
  await panel.getByLabel('Motivation').fill('Projet intéressant, à reprendre en cas de désistement.');
  await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(panel.getByTestId('decision-recorded')).toContainText("Décision enregistrée : Liste d'attente");

  // The withdrawal of the selected applicant: the first on the list proposed, the promotion recorded with its reason.
  await page.getByRole('tab', { name: "Liste d'attente" }).click();
  await expect(page).toHaveURL(/#\/deliberation\/liste-attente$/);
  await expect(page.getByTestId('waiting-list').locator(`tr[data-dossier="${recusal.dossier}"]`)).toContainText('1');
  await page.getByTestId('selected-list').locator(`li[data-dossier="${first!.id}"]`).getByRole('button', { name: /^Désistement/ }).click();
  const promotion = page.getByTestId('promotion-form');
  await expect(promotion.getByRole('heading', { name: 'Promouvoir le premier de la liste ?' })).toBeVisible();
  await expect(promotion).toContainText(`(${recusal.dossier}) (position 1)`);
  await promotion.getByRole('button', { name: 'Enregistrer la promotion' }).click();
  await expect(promotion.getByRole('alert')).toBeVisible();
  await promotion.getByLabel('Motif de la promotion').fill('Désistement du lauréat par courrier du 1er décembre.');
  await promotion.getByRole('button', { name: 'Enregistrer la promotion' }).click();
  await expect(page.getByTestId('promotions')).toContainText('Désistement du lauréat par courrier du 1er décembre.');
  await expect(page.getByText("La liste d'attente est vide.")).toBeVisible();
  await noSeriousViolation(page, 'liste-attente');
  await shots(page, 'decisions-liste-attente');

  // The lock: a confirmation says what it means; then a change asks for a reason and is listed.
  await page.getByRole('tab', { name: 'Décisions' }).click();
  await page.getByRole('button', { name: 'Clore la délibération' }).click();
  const dialog = page.getByRole('dialog', { name: 'Clore la délibération ?' });
  await expect(dialog).toContainText('modification après clôture');
  await dialog.getByRole('button', { name: 'Clore définitivement' }).click();
  await expect(page.getByTestId('lock-banner')).toContainText('Délibération close le');
  await table.locator(`tr[data-dossier="${third!.id}"]`).getByRole('button').click();
  await panel.getByLabel('Sans vote').check();
  await panel.getByLabel('Décision', { exact: true }).selectOption('non_retenu');
  await panel.getByLabel('Motivation').fill('Budget hors du cadre de l’appel.');
  await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(panel.locator('#decision-reason-error')).toContainText('la session est verrouillée');
  await panel.getByLabel('Motif de la modification').fill('Dossier examiné en fin de séance.');
  await panel.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(panel.getByTestId('decision-recorded')).toContainText('Décision enregistrée : Non retenu');
  await expect(page.getByTestId('post-lock-changes')).toContainText('Dossier examiné en fin de séance.');
  await noSeriousViolation(page, 'decisions-locked');
  await shots(page, 'decisions-locked');

  // The results CSV reaches the user as a download and reads back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines.find((l) => l.startsWith(`${recusal.dossier},`))).toContain('Désistement du lauréat');
  expect(lines.find((l) => l.startsWith(`${third!.id},`))).toContain(',non retenu,');

  // The journal lists these and the chain verifies intact.
  await page.getByRole('tab', { name: 'Journal' }).click();
  const audit = page.getByTestId('audit-table');
  await expect(audit.locator('tr[data-action="session.lock"]')).toHaveCount(1);
  await page.getByLabel('Type', { exact: true }).selectOption('decision');
  await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
  await expect(audit.locator('tbody tr')).toHaveCount(4);
  await expect(audit.locator('tr[data-action="decision.promote"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Vérifier la chaîne' }).click();
  await expect(page.getByTestId('audit-verification')).toHaveAttribute('data-intact', 'true');
  await expect(page.getByTestId('audit-verification')).toContainText('Chaîne intacte');
  await noSeriousViolation(page, 'journal');
  await shots(page, 'decisions-journal');
});
