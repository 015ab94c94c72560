/**
 * Notes in the real browser (issue 9, « Notes, for members and for the room »): deliberation notes on the dossier page
 * render their Markdown and nothing hostile (no dialog, no element with an event attribute, no javascript: link), an
 * edit keeps the earlier text in sight, a removal is confirmed in the page and the lock stops changes; a member's
 * reading note typed in the sheet's side panel is found again after a reload and no one else sees it.
 */
import type { Page } from '@playwright/test';
import { scoresInSession } from '../../common/scoring/input.ts';
import { comitia, sessionFacts } from './scoringSession.ts';
import { expect, test, type WebShell } from './webShell.ts';

function at(shell: WebShell, path: string): string {
  const url = new URL(shell.url);
  url.hash = path;
  return url.href;
}

/** Any dialog (alert, confirm, prompt) fails the test: a hostile note must run nothing, and removal asks in the page. */
function refuseDialogs(page: Page): string[] {
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return fired;
}

const HOSTILE = '<script>window.__pwned = 1; alert(1)</script> <img src=x onerror="window.__pwned = 2; alert(2)"> [clic](javascript:alert(3))';

/** The dossier page of the session's first dossier, and its « Notes de délibération » section. */
async function notesSection(page: Page, shell: WebShell) {
  const dossier = sessionFacts(shell.sessionPath).dossiers[0]!;
  await page.goto(at(shell, `/dossiers/${dossier.id}`));
  await expect(page.getByRole('heading', { level: 1, name: dossier.name })).toBeVisible();
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Notes de délibération' }) });
  return { section, field: section.getByLabel('Nouvelle note (Markdown)'), notes: section.locator('.note-list > li') };
}

test('deliberation notes: Markdown rendered, a hostile note shown as text and running nothing, a removal confirmed in the page', async ({ page, shell }) => {
  const dialogs = refuseDialogs(page);
  const { section, field, notes } = await notesSection(page, shell);
  await expect(section.getByText('Aucune note de délibération sur ce dossier.')).toBeVisible();

  await field.fill('Le comité retient le **budget** :\n- convention *signée*\n- deux volontaires');
  await field.press('Control+Enter');
  await expect(section.getByRole('status')).toHaveText('Note ajoutée.');
  await expect(field).toHaveValue('');
  await expect(notes).toHaveCount(1);
  await expect(notes.first().locator('strong')).toHaveText('budget');
  await expect(notes.first().locator('ul > li')).toHaveText(['convention signée', 'deux volontaires']);
  await expect(notes.first().locator('em')).toHaveText('signée');
  await expect(notes.first().locator('.note-meta')).toContainText('Secrétariat, le ');

  await field.fill(HOSTILE);
  await section.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(notes).toHaveCount(2);
  const hostile = notes.nth(1);
  await expect(hostile).toContainText('<script>window.__pwned = 1; alert(1)</script>');
  await expect(hostile).toContainText('<img src=x onerror=');
  await expect(hostile).toContainText('[clic](javascript:alert(3))');
  await expect(page.locator('.deliberation-notes img, .deliberation-notes script')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript" i]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // Removal asks in the page (no browser dialog), then the note is gone.
  await hostile.getByRole('button', { name: 'Supprimer' }).click();
  await hostile.getByRole('button', { name: 'Supprimer la note' }).click();
  await expect(notes).toHaveCount(1);

  // A note typed but not saved is still there after a reload (kept for the tab, per session and dossier).
  await field.fill('Brouillon à garder');
  await page.reload();
  await expect(field).toHaveValue('Brouillon à garder');
  expect(dialogs).toEqual([]);
});

test("deliberation notes: an edit shows when and keeps the earlier text in sight; after the lock nothing changes, and a refused edit keeps what was typed", async ({ page, shell }) => {
  const { section, field, notes } = await notesSection(page, shell);
  await field.fill('Le comité retient le **budget** :\n- convention *signée*\n- deux volontaires');
  await field.press('Control+Enter');
  await expect(notes).toHaveCount(1);

  await notes.first().getByRole('button', { name: 'Modifier' }).click();
  const edit = notes.first().getByLabel('Modifier la note');
  await expect(edit).toBeFocused();
  await edit.fill('Le comité retient le **budget** révisé.');
  await edit.press('Control+Enter');
  const current = notes.first().locator('.note > .note-text');
  await expect(current).toHaveText('Le comité retient le budget révisé.');
  await expect(current.locator('strong')).toHaveText('budget');
  await expect(notes.first().locator('.note-meta')).toContainText('modifiée le ');
  await notes.first().getByText('Versions précédentes (1)').click();
  await expect(notes.first().locator('.note-history')).toContainText('Version 1, écrite le ');
  await expect(notes.first().locator('.note-history li li')).toHaveText(['convention signée', 'deux volontaires']);

  // Locked by the chair (the CLI, another process) while an edit is being typed: the page is told, notes no longer
  // change, and the edit refused by the core keeps its text beside the core's message.
  await notes.first().getByRole('button', { name: 'Modifier' }).click();
  await edit.fill('Trop tard pour cette version');
  comitia('lock', shell.sessionPath);
  await expect(section.getByText('La session est verrouillée depuis le ')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  await expect(field).toHaveCount(0);
  await edit.press('Control+Enter');
  await expect(notes.first().getByRole('alert')).toContainText(/verrouillée depuis .* plus de modification possible/);
  await expect(edit).toHaveValue('Trop tard pour cette version');
});

test("a member's reading note, typed in the sheet's side panel, is found again after a reload and is not shown to another member", async ({ page, shell }) => {
  const dialogs = refuseDialogs(page);
  const { members, dossiers } = sessionFacts(shell.sessionPath);
  const [author, other] = members.filter((m) => scoresInSession(m.role));
  const text = `Budget à vérifier avec ${author!.name}`;
  await page.goto(at(shell, '/notation/feuille'));
  await page.getByLabel('Qui note ?').selectOption(author!.id);
  const firstCell = page.locator('[data-testid="sheet-grid"] .ag-row[row-index="0"] [col-id^="score:"]').first();
  await firstCell.click();
  const dossierId = (await page.locator('[data-testid="sheet-grid"] .ag-row[row-index="0"]').first().getAttribute('row-id'))!;
  const name = dossiers.find((d) => d.id === dossierId)!.name;
  const field = page.getByLabel(`Note de lecture sur ${name}`);
  await field.fill(text);
  await field.press('Control+Enter');
  await expect(page.getByTestId('reading-note').getByRole('status')).toContainText('Note enregistrée à');
  // Ctrl+Enter went back to the grid, on the same cell.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id'))).toBe(dossierId);

  // Found again on the dossier page, for its author, then in the sheet after a reload.
  await page.goto(at(shell, `/dossiers/${dossierId}`));
  await expect(page.getByRole('heading', { level: 2, name: 'Mes notes de lecture' })).toBeVisible();
  await expect(page.getByLabel(`Note de lecture sur ${name}`)).toHaveValue(text);
  await page.goto(at(shell, '/notation/feuille'));
  const sameCell = page.locator(`[data-testid="sheet-grid"] .ag-row[row-id="${dossierId}"] [col-id^="score:"]`).first();
  await sameCell.click();
  await expect(page.getByLabel(`Note de lecture sur ${name}`)).toHaveValue(text);

  // Another member: an empty note of their own; the secretariat: none at all.
  await page.getByLabel('Qui note ?').selectOption(other!.id);
  await sameCell.click();
  await expect(page.getByLabel(`Note de lecture sur ${name}`)).toHaveValue('');
  await expect(page.getByText(text)).toHaveCount(0);
  await page.getByLabel('Qui note ?').selectOption('');
  await sameCell.click();
  await expect(page.getByTestId('reading-note')).toHaveCount(0);
  await page.goto(at(shell, `/dossiers/${dossierId}`));
  await expect(page.getByRole('heading', { level: 2, name: 'Notes de délibération' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mes notes de lecture' })).toHaveCount(0);
  await expect(page.getByText(text)).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
