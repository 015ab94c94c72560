/**
 * Backups and the session file's state in the interface (issue 12), on a real web shell: a copy taken from
 * Réglages › Sauvegardes and restored brings a changed score back as it was; a session opened read-only says so above
 * every page, and a score typed into it is refused with the read-only message, the file left unchanged.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, startWebShell, test } from './webShell.ts';

const rows = '.ag-row[row-id]';
const cell = (page: Page, dossier: string, colId: string) => page.locator(`${rows}[row-id="${dossier}"] [col-id="${colId}"]`);

function readFile<T>(sessionPath: string, read: (db: Database.Database) => T): T {
  const db = new Database(sessionPath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** A dossier and a criterion of the demo (read from the file: quicker than three CLI runs). */
const someCell = (sessionPath: string): [string, string] =>
  readFile(sessionPath, (db) => [
    db.prepare('SELECT id FROM dossiers ORDER BY id LIMIT 1').pluck().get() as string,
    db.prepare('SELECT id FROM criteria ORDER BY id LIMIT 1').pluck().get() as string,
  ]);

/** The score the file holds (read from the file itself, not from the page). */
const storedScore = (sessionPath: string, member: string, dossier: string, criterion: string): number | null =>
  readFile(sessionPath, (db) => {
    const value = db.prepare('SELECT value FROM scores WHERE member_id = ? AND dossier_id = ? AND criterion_id = ?').pluck().get(member, dossier, criterion);
    return typeof value === 'number' ? value : null;
  });

async function typeScore(page: Page, dossier: string, criterion: string, digit: string): Promise<void> {
  await page.locator('#sheet-search').fill(dossier);
  await cell(page, dossier, `score:${criterion}`).click();
  await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
}

/** Goes to a page of the shell: loads it the first time (the URL carries the token), then only changes the hash. */
async function go(page: Page, url: string, path: string): Promise<void> {
  const address = new URL(url);
  if (page.url().startsWith(address.origin)) {
    await page.evaluate((hash) => (window.location.hash = hash), path);
    return;
  }
  address.hash = path;
  await page.goto(address.href);
}

async function openSheet(page: Page, url: string): Promise<void> {
  await go(page, url, '/notation/feuille');
  await page.getByLabel('Qui note ?').selectOption('cuf');
  await expect(page.locator(rows).first()).toBeVisible();
}

test('a backup taken in Réglages and restored after a score changed brings the score back as it was', async ({ page, shell }) => {
  const [dossier, criterion] = someCell(shell.sessionPath);
  await openSheet(page, shell.url);
  await typeScore(page, dossier, criterion, '1');
  await expect.poll(() => storedScore(shell.sessionPath, 'cuf', dossier, criterion)).toBe(1);

  await go(page, shell.url, '/reglages/sauvegardes');
  await page.getByRole('button', { name: 'Créer une sauvegarde maintenant' }).click();
  await expect(page.getByTestId('backups-outcome')).toContainText('Sauvegarde créée le');
  const manual = page.getByTestId('backups-table').locator('tbody tr', { hasText: 'À la demande' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Intègre');

  await openSheet(page, shell.url);
  await typeScore(page, dossier, criterion, '3');
  await expect.poll(() => storedScore(shell.sessionPath, 'cuf', dossier, criterion)).toBe(3);

  await go(page, shell.url, '/reglages/sauvegardes');
  await manual.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('L’état actuel de la session est d’abord copié à part');
  await expect(dialog).toContainText('puis rouverte');
  await dialog.getByRole('button', { name: 'Restaurer cette sauvegarde' }).click();
  await expect(page.getByTestId('backups-outcome')).toContainText('restaurée : la session a été rouverte dans l’état de ce moment');
  await expect(dialog).toBeHidden();
  // The state before the restore was copied aside first, and the list followed the change event by itself.
  await expect(page.getByTestId('backups-table').locator('tbody tr', { hasText: 'Avant une restauration' })).toHaveCount(1);
  expect(storedScore(shell.sessionPath, 'cuf', dossier, criterion)).toBe(1);

  await openSheet(page, shell.url);
  await page.locator('#sheet-search').fill(dossier);
  await expect(cell(page, dossier, `score:${criterion}`)).toHaveText('1');
});

test('a session opened read-only says so on every page and refuses a typed score with the read-only message; a full disk is said above every page', async ({ page, shell }) => {
  const [dossier, criterion] = someCell(shell.sessionPath);
  // A second web shell on the same file, read-only (running as root, a chmod 0444 file would still be writable).
  const { shell: readOnly, stop } = await startWebShell({ existing: shell.sessionPath, readOnly: true });
  try {
    await go(page, readOnly.url, '/dossiers');
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toContainText('Session ouverte en lecture seule : vous pouvez tout consulter, aucune modification ne sera enregistrée.');
    await expect(banner).toContainText('option --read-only');

    await openSheet(page, readOnly.url);
    await expect(banner).toBeVisible();
    await typeScore(page, dossier, criterion, '2');
    await expect(page.locator('.refused')).toContainText('Le fichier de session est en lecture seule');
    await expect(cell(page, dossier, `score:${criterion}`)).toHaveClass(/cell-refused/);
    expect(storedScore(shell.sessionPath, 'cuf', dossier, criterion)).toBeNull();

    await go(page, readOnly.url, '/reglages/sauvegardes');
    await expect(banner).toBeVisible();
    await expect(page.getByRole('button', { name: 'Créer une sauvegarde maintenant' })).toBeDisabled();

    // A write that meets a full disk (the core's session.disk_full, as main/db/sqliteFailure.ts answers SQLITE_FULL)
    // is said above every page until closed, whichever view asked.
    await page.route('**/api/scoreSet', (route) => route.fulfill({ json: { ok: false, error: { code: 'session.disk_full' } } }));
    await openSheet(page, readOnly.url);
    await typeScore(page, dossier, criterion, '1');
    const full = page.getByTestId('storage-failure-banner');
    await expect(full).toContainText('Enregistrement impossible : Le disque est plein');
    await go(page, readOnly.url, '/dossiers');
    await expect(full).toBeVisible();
    await full.getByRole('button', { name: 'Fermer ce message' }).click();
    await expect(full).toHaveCount(0);
  } finally {
    await stop();
  }
});
