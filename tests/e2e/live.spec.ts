/**
 * The interface follows writes it did not make, without a reload: another page on the same web shell, and another
 * process (the CLI) writing the session file. Change events (SSE) invalidate the query cache; nothing polls.
 */
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comitia, fillScores } from './scoringSession.ts';
import { expect, test, type WebShell } from './webShell.ts';

// Each test prepares a scored session through the CLI (several processes) before the part that is timed.
test.describe.configure({ timeout: 180_000 });

const rows = '.ag-row[row-id]';
const cell = (page: Page, dossier: string, colId: string) => page.getByTestId('sheet-grid').locator(`${rows}[row-id="${dossier}"] [col-id="${colId}"]`);
const liveRank = (page: Page, dossier: string) => page.getByTestId('live-ranking').locator(`${rows}[row-id="${dossier}"] [col-id="rank"]`);
const storedRank = (shell: WebShell, dossier: string) =>
  (JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ranking: { dossier: string; rank: number }[] }).ranking.find((r) => r.dossier === dossier)!.rank;

/** The secretariat's view of `member`'s sheet with the live ranking beside it, narrowed to `dossier`. */
async function openSheet(page: Page, shell: WebShell, member: string, dossier: string): Promise<void> {
  await page.goto(shell.url);
  await page.getByRole('link', { name: 'Notation' }).click();
  await page.getByRole('tab', { name: 'Feuille de notation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notation' })).toBeVisible();
  await page.getByLabel('Feuille de notation de').selectOption(member);
  await page.getByRole('button', { name: 'Classement en direct' }).click();
  await page.locator('#sheet-search').fill(dossier);
  await expect(cell(page, dossier, 'status')).toBeVisible();
  await expect(liveRank(page, dossier)).toBeVisible();
}

test('a score typed in one page appears in another page’s sheet and live ranking within a second', async ({ page, browser, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const top = JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ranking: { dossier: string; rank: number }[] };
  const dossier = top.ranking[1]!.dossier;
  const criteria = facts.grid.criteria.map((c) => c.id);

  // Page B: another browser context (its own storage), as a second window or a colleague's browser would be.
  const other = await browser.newContext();
  const pageB = await other.newPage();
  await openSheet(pageB, shell, 'asc', dossier);
  await expect(liveRank(pageB, dossier)).toHaveText(/^2( |$)/);

  await openSheet(page, shell, 'asc', dossier);
  await cell(page, dossier, `score:${criteria[0]}`).click();
  for (const _ of criteria) {
    await page.keyboard.press('0');
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré');

  // Page B was not touched: no reload, no focus, no click.
  for (const c of criteria) await expect(cell(pageB, dossier, `score:${c}`)).toHaveText('0', { timeout: 1000 });
  await expect(cell(pageB, dossier, 'status')).toHaveText('Complet', { timeout: 1000 });
  const expected = storedRank(shell, dossier);
  expect(expected).toBeGreaterThan(2);
  await expect(liveRank(pageB, dossier)).toHaveText(new RegExp(`^${expected}( |$)`), { timeout: 1000 });

  // Twice more, a few seconds apart: a timer firing by chance (the old 15-second polling) cannot follow both.
  for (const value of ['1', '0']) {
    await cell(page, dossier, `score:${criteria[0]}`).click();
    await page.keyboard.press(value);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('save-state')).toHaveText('Enregistré');
    await expect(cell(pageB, dossier, `score:${criteria[0]}`)).toHaveText(value, { timeout: 1000 });
  }
  await other.close();
});

test('a score written by the CLI on the open session file appears in the page within two seconds', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const top = JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ranking: { dossier: string; rank: number }[] };
  const dossier = top.ranking[0]!.dossier;
  await openSheet(page, shell, 'cuf', dossier);
  await expect(liveRank(page, dossier)).toHaveText(/^1( |$)/);

  // The secretariat's script: every criterion of cuf's sheet for the leading dossier set to the scale's minimum,
  // then the first one to its maximum (twice, a few seconds apart: a timer firing by chance cannot follow both).
  const file = join(shell.dir, 'cli-scores.csv');
  const first = facts.grid.criteria[0]!;
  const scaleOf = (c: (typeof facts.grid.criteria)[number]) => c.scale ?? facts.grid.scale;
  writeFileSync(file, ['member,dossier,criterion,score', ...facts.grid.criteria.map((c) => `cuf,${dossier},${c.id},${scaleOf(c).min}`)].join('\n') + '\n');
  comitia('scores', 'import', shell.sessionPath, file, '--json');
  await expect(cell(page, dossier, `score:${first.id}`)).toHaveText(String(scaleOf(first).min), { timeout: 2500 });
  const expected = storedRank(shell, dossier);
  expect(expected).toBeGreaterThan(1);
  await expect(liveRank(page, dossier)).toHaveText(new RegExp(`^${expected}( |$)`), { timeout: 2500 });

  writeFileSync(file, `member,dossier,criterion,score\ncuf,${dossier},${first.id},${scaleOf(first).max}\n`);
  comitia('scores', 'import', shell.sessionPath, file, '--json');
  await expect(cell(page, dossier, `score:${first.id}`)).toHaveText(String(scaleOf(first).max), { timeout: 2500 });
});

test('a score typed asks the live ranking once, at once, to be answered after the score: the ranking shows it', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  const top = JSON.parse(comitia('rank', shell.sessionPath, '--json')) as { ranking: { dossier: string; rank: number }[] };
  const dossier = top.ranking[0]!.dossier;
  const heaviest = [...facts.grid.criteria].sort((a, b) => b.weight - a.weight)[0]!;
  await openSheet(page, shell, 'asc', dossier);
  const calls: { method: string; call: number; after: number | null }[] = [];
  page.on('request', (r) => {
    const method = /^\/api\/(\w+)$/.exec(new URL(r.url()).pathname)?.[1];
    const headers = r.headers();
    if (method) calls.push({ method, call: Number(headers['x-comitia-call']), after: headers['x-comitia-after'] ? Number(headers['x-comitia-after']) : null });
  });

  const raw = page.getByTestId('live-ranking').locator(`${rows}[row-id="${dossier}"] [col-id="raw"]`);
  const before = (await raw.textContent()) ?? '';
  expect(before).not.toBe('');
  await cell(page, dossier, `score:${heaviest.id}`).click();
  await page.keyboard.press(String((heaviest.scale ?? facts.grid.scale).min));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré');
  await expect(raw).not.toHaveText(before, { timeout: 1000 });
  // Long enough for the score's change event to have been heard: it must not ask the ranking a second time.
  await page.waitForTimeout(600);
  const write = calls.find((c) => c.method === 'scoreSet');
  expect(write?.call).toBeGreaterThan(0);
  const rankings = calls.filter((c) => c.method === 'ranking' && c.call > write!.call);
  expect(rankings).toEqual([{ method: 'ranking', call: rankings[0]?.call, after: write!.call }]);
});

test('Enter scores a dossier and moves to the next: the live ranking keeps showing the one just scored, then follows the focus', async ({ page, shell }) => {
  const { facts } = fillScores(shell.sessionPath, shell.dir);
  await page.goto(shell.url);
  await page.getByRole('link', { name: 'Notation' }).click();
  await page.getByRole('tab', { name: 'Feuille de notation' }).click();
  await page.getByLabel('Feuille de notation de').selectOption('asc');
  await page.getByRole('button', { name: 'Classement en direct' }).click();
  const at = (index: number) => page.getByTestId('sheet-grid').locator(`.ag-row[row-index="${index}"]`).first().getAttribute('row-id');
  const [first, second, third] = [(await at(0))!, (await at(1))!, (await at(2))!];
  const criterion = facts.grid.criteria[0]!;
  const scale = criterion.scale ?? facts.grid.scale;
  const current = (id: string) => page.getByTestId('live-ranking').locator(`${rows}[row-id="${id}"]`);
  const focused = () => page.evaluate(() => document.activeElement?.closest('.ag-row')?.getAttribute('row-id') ?? null);

  await cell(page, first, `score:${criterion.id}`).click();
  await expect(current(first)).toHaveClass(/row-current/);
  const before = (await cell(page, first, `score:${criterion.id}`).textContent())?.trim();
  await page.keyboard.press(String(before === String(scale.min) ? scale.max : scale.min));
  await page.keyboard.press('Enter');
  await expect.poll(focused).toBe(second);
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré');
  // Where the dossier just scored lands, in view; not the next one, which has not been scored yet.
  await expect(current(first)).toHaveClass(/row-current/);
  await expect(current(first)).toBeInViewport();
  await expect(page.getByTestId('live-ranking').locator('.row-current')).toHaveCount(1);

  // A move that scores nothing: the ranking follows the focus again.
  await page.keyboard.press('ArrowDown');
  await expect.poll(focused).toBe(third);
  await expect(current(third)).toHaveClass(/row-current/);
  // One dossier marked, whichever rows the panel has drawn (the one scored may have scrolled out of it).
  await expect(page.getByTestId('live-ranking').locator('.row-current')).toHaveCount(1);
});
