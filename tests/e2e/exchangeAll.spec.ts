/**
 * « Préparer les dossiers de tous les membres » (issue 11, « pour un membre ou pour tous ») in the web shell: one
 * package per scoring member (the observers left out), each with its own proposed passphrase shown in the table,
 * and a download link per file; two files downloaded each open with their own passphrase and not with the other's.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoresInSession } from '../../common/scoring/input.ts';
import { openPackage } from '../../main/exchange/packageCipher.ts';
import { sessionFacts } from './scoringSession.ts';
import { expect, test } from './webShell.ts';

// The web shell started here seals at a test cost (N = 2^12; the product's 2^17 would cost seconds on CI).
process.env.COMITIA_SCRYPT_LOG2 = '12';

const shots = process.env.COMITIA_SCREENSHOTS;

async function shoot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

test('all members get a package each, with a passphrase of their own', async ({ page, shell }) => {
  test.setTimeout(30_000);
  const scorers = sessionFacts(shell.sessionPath).members.filter((m) => scoresInSession(m.role));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.goto(new URL('/#/reglages/hors-ligne', shell.url).href);
  await page.getByRole('button', { name: 'Préparer les dossiers de tous les membres' }).click();
  const status = page.locator('.offline-export-all [role="status"]');
  await expect(status).toContainText(`${scorers.length} dossiers de notation préparés sur ${scorers.length}.`);
  const rows = page.locator('.offline-all tbody tr');
  await expect(rows).toHaveCount(scorers.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-member')))).toEqual(scorers.map((m) => m.id));
  const passphrases = (await page.getByTestId('member-passphrase').allTextContents()).map((p) => p.trim());
  expect(passphrases).toHaveLength(scorers.length);
  expect(passphrases.every((p) => p.split(' ').length === 6)).toBe(true);
  expect(new Set(passphrases).size).toBe(scorers.length);
  await page.locator('.offline-all').scrollIntoViewIfNeeded();
  await shoot(page, 'exchange-all-1-table');

  const files: string[] = [];
  for (const i of [0, 1]) {
    const [download] = await Promise.all([page.waitForEvent('download'), rows.nth(i).getByRole('link', { name: /^Télécharger/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^dossier-de-notation-${scorers[i]!.id}-\\d{4}-\\d{2}-\\d{2}\\.comitia-paquet$`));
    files.push(join(shell.dir, download.suggestedFilename()));
    await download.saveAs(files[i]!);
  }
  for (const i of [0, 1]) {
    const bytes = readFileSync(files[i]!);
    await expect(openPackage(bytes, passphrases[i]!, files[i]!)).resolves.toBeInstanceOf(Buffer);
    await expect(openPackage(bytes, passphrases[1 - i]!, files[i]!)).rejects.toMatchObject({ code: 'exchange.wrong_passphrase' });
  }

  // Hidden for good, row by row or all at once; the packages stay listed as issued.
  await rows.first().getByRole('button', { name: 'Masquer' }).click();
  await expect(page.getByTestId('member-passphrase')).toHaveCount(scorers.length - 1);
  await page.getByRole('button', { name: 'C’est noté : masquer toutes les phrases de passe' }).click();
  await expect(page.getByTestId('member-passphrase')).toHaveCount(0);
  await expect(page.locator('.offline-packages tbody tr')).toHaveCount(scorers.length);
});
