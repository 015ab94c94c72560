/**
 * The sheet as its users meet it (issue 8): eligibility apart from the scores, a bounded list of refusals, the
 * keyboard of a spreadsheet, and a member's whole sheet on a laptop's screen. Web shell, Chromium, demo session.
 */
import type { Page } from '@playwright/test';
import { sessionFacts } from './scoringSession.ts';
import { expect, test, type WebShell } from './webShell.ts';

const rows = '.ag-row[row-id]';
const cell = (page: Page, dossier: string, colId: string) => page.locator(`${rows}[row-id="${dossier}"] [col-id="${colId}"]`);
const sheet = (page: Page) => page.getByTestId('sheet-grid');

async function openSheet(page: Page, shell: WebShell, member?: string): Promise<void> {
  await page.goto(shell.url);
  await expect(page.getByTestId('dossier-count')).toHaveText('60 dossiers');
  await page.getByRole('link', { name: 'Notation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notation' })).toBeVisible();
  if (member) await page.getByLabel('Qui note ?').selectOption(member);
  await expect(sheet(page).locator(rows).first()).toBeVisible();
}

/** The sheet's dossiers in the order shown. */
async function shownIds(page: Page, colId: string): Promise<string[]> {
  return sheet(page).locator(`${rows}:has([col-id="${colId}"])`).evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('row-id')!, index: Number(e.getAttribute('row-index')) })).sort((x, y) => x.index - y.index).map((x) => x.id),
  );
}

/** The grid cell holding the keyboard focus, as dossier and column. */
async function focusedCell(page: Page): Promise<{ dossier: string | null; column: string | null }> {
  return page.evaluate(() => {
    const c = document.activeElement?.closest('.ag-cell');
    return { dossier: c?.closest('.ag-row')?.getAttribute('row-id') ?? null, column: c?.getAttribute('col-id') ?? null };
  });
}

test('eligibility is entered apart: Tab after the last criterion goes to the next row, a check shown on purpose says when a dossier leaves the ranking, and Inéligible does not look like Complet', async ({ page, shell }) => {
  const { grid, dossiers } = sessionFacts(shell.sessionPath);
  const [firstC, lastC] = [grid.criteria[0]!, grid.criteria[grid.criteria.length - 1]!];
  const check = grid.eligibility[0]!;
  await openSheet(page, shell);
  // No yes/no column among the scores until asked for.
  await expect(sheet(page).locator(`[col-id="check:${check.id}"]`)).toHaveCount(0);
  const [a, b] = await shownIds(page, `score:${firstC.id}`);

  // A whole row typed with Tab: after the last criterion, the next row's first criterion, not a check.
  // Each score is sent once, from its keystroke (AG Grid's own edit request that follows is not sent again).
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/scoreSet')) writes.push(r.postData() ?? '');
  });
  await cell(page, a!, `score:${firstC.id}`).click();
  for (const _ of grid.criteria) {
    await page.keyboard.press('2');
    await page.keyboard.press('Tab');
  }
  await expect(cell(page, a!, `score:${lastC.id}`)).toHaveText('2');
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré');
  expect(writes.map((w) => (JSON.parse(w) as { criterion: string }).criterion).sort()).toEqual(grid.criteria.map((c) => c.id).sort());
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: b, column: `score:${firstC.id}` });
  await expect(cell(page, a!, 'status')).toHaveText('Complet');
  await expect(cell(page, a!, 'status')).toHaveClass(/cell-done/);

  // The checks, a group of their own; a « non » says at once that the dossier leaves the ranking.
  await page.getByRole('button', { name: 'Éligibilité', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Éligibilité', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await cell(page, a!, `check:${check.id}`).click();
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  const name = dossiers.find((d) => d.id === a)!.name;
  await expect(page.locator('.notice')).toHaveText(`« ${name} » sort du classement : condition « ${check.label} » non remplie.`);
  const status = cell(page, a!, 'status');
  await expect(status).toHaveText('Inéligible');
  await expect(status).toHaveClass(/cell-ineligible/);
  await expect(status).not.toHaveClass(/cell-done/);
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, weight: s.fontWeight, style: s.fontStyle, mark: getComputedStyle(el, '::before').content };
  };
  const ineligible = await status.evaluate(look);
  // A complete, eligible row for comparison: the second dossier, completed in the same way.
  await page.getByRole('button', { name: 'Éligibilité', exact: true }).click();
  await cell(page, b!, `score:${firstC.id}`).click();
  for (const _ of grid.criteria) {
    await page.keyboard.press('1');
    await page.keyboard.press('Tab');
  }
  await expect(cell(page, b!, 'status')).toHaveText('Complet');
  const complete = await cell(page, b!, 'status').evaluate(look);
  expect(ineligible.color).not.toBe(complete.color);
  expect(ineligible.background).not.toBe(complete.background);
  expect(ineligible.mark).not.toBe(complete.mark);
  expect(ineligible.mark).toContain('⚠');

  // Back to « oui »: it says the dossier is back.
  await page.getByRole('button', { name: 'Éligibilité', exact: true }).click();
  await cell(page, a!, `check:${check.id}`).click();
  await page.keyboard.press('o');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notice')).toHaveText(`« ${name} » revient dans le classement : toutes ses conditions d’éligibilité sont remplies.`);
});

test('refused entries are bounded: the count, the latest, and previous/next through the others', async ({ page, shell }) => {
  const { grid } = sessionFacts(shell.sessionPath);
  await openSheet(page, shell, 'asc');
  const [a] = await shownIds(page, `score:${grid.criteria[0]!.id}`);
  await cell(page, a!, `score:${grid.criteria[0]!.id}`).click();
  for (const v of ['7', '8', '9', '6']) {
    await page.keyboard.press(v);
    await page.keyboard.press('Tab');
  }
  const refused = page.locator('.refused');
  await expect(refused.locator('li')).toHaveCount(1);
  await expect(refused).toContainText('4 saisies refusées');
  await expect(page.getByTestId('refused-position')).toHaveText('1 sur 4');
  // The latest first: the fourth criterion's 6.
  await expect(refused.locator('li')).toContainText(`critère « ${grid.criteria[3]!.label} » : 6 est hors de l’échelle`);
  await expect(refused.getByRole('button', { name: 'Précédente' })).toBeDisabled();
  // A disabled button looks disabled: not the look of the enabled one beside it.
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return `${s.color} ${s.backgroundColor} ${s.borderStyle} ${s.cursor}`;
  };
  const [off, on] = [await refused.getByRole('button', { name: 'Précédente' }).evaluate(look), await refused.getByRole('button', { name: 'Suivante' }).evaluate(look)];
  expect(off).not.toBe(on);
  expect(off).toContain('not-allowed');
  await refused.getByRole('button', { name: 'Suivante' }).click();
  await expect(page.getByTestId('refused-position')).toHaveText('2 sur 4');
  await expect(refused.locator('li')).toContainText(`critère « ${grid.criteria[2]!.label} » : 9 est hors de l’échelle`);
  await refused.getByRole('button', { name: 'Suivante' }).click();
  await refused.getByRole('button', { name: 'Suivante' }).click();
  await expect(page.getByTestId('refused-position')).toHaveText('4 sur 4');
  await expect(refused.getByRole('button', { name: 'Suivante' })).toBeDisabled();
  // « Corriger » goes to the entry shown.
  await refused.getByRole('button', { name: 'Corriger' }).click();
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: a, column: `score:${grid.criteria[0]!.id}` });
  // The box stays small: it does not push the grid down as refusals pile up.
  expect((await refused.boundingBox())!.height).toBeLessThan(90);
});

test('keyboard: one key from the search to the first score, Ctrl+Home/Ctrl+End, C puts the caret after the comment, Tab leaves the comment for the grid', async ({ page, shell }) => {
  const { grid } = sessionFacts(shell.sessionPath);
  const [firstC, lastC] = [grid.criteria[0]!, grid.criteria[grid.criteria.length - 1]!];
  await openSheet(page, shell, 'asc');
  const ids = await shownIds(page, `score:${firstC.id}`);
  await page.locator('#sheet-search').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: ids[0], column: `score:${firstC.id}` });
  await page.locator('#sheet-search').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: ids[0], column: `score:${firstC.id}` });

  await page.keyboard.press('Control+End');
  await expect.poll(() => focusedCell(page).then((c) => c.column)).toBe(`score:${lastC.id}`);
  const last = await focusedCell(page);
  expect(last.dossier).toBe(await sheet(page).locator(`${rows}[row-index="59"]`).first().getAttribute('row-id'));
  await page.keyboard.press('Control+Home');
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: ids[0], column: `score:${firstC.id}` });

  // A score with a comment, then C again: the caret is at the end of what is written.
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré');
  await page.keyboard.press('c');
  const box = page.locator('#score-comment');
  await expect(box).toBeFocused();
  await page.keyboard.type('Projet solide');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Commentaire enregistré')).toBeVisible();
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: ids[0], column: `score:${firstC.id}` });
  await page.keyboard.press('c');
  await expect(box).toBeFocused();
  expect(await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length])).toEqual([13, 13, 13]);
  await page.keyboard.type(', bien ancré');
  // Tab leaves the comment (saving it) for the grid, on the same cell.
  await page.keyboard.press('Tab');
  await expect.poll(() => focusedCell(page)).toEqual({ dossier: ids[0], column: `score:${firstC.id}` });
  await expect(box).toHaveValue('Projet solide, bien ancré');
  await expect(page.getByText('Commentaire enregistré')).toBeVisible();
});

for (const size of [
  { width: 1280, height: 720, all: true },
  { width: 1024, height: 768, all: false },
]) {
  test(`a member's sheet at ${size.width}×${size.height}: ${size.all ? 'every criterion, the dossier and the total without scrolling' : 'usable, the header on one line'}`, async ({ page, shell }, info) => {
    const { grid } = sessionFacts(shell.sessionPath);
    await page.setViewportSize({ width: size.width, height: size.height });
    await openSheet(page, shell, 'asc');
    const gridBox = (await sheet(page).locator('.ag-root-wrapper').boundingBox())!;
    const inside = async (colId: string) => {
      const header = sheet(page).locator(`.ag-header-cell[col-id="${colId}"]`);
      await expect(header).toBeVisible();
      const box = (await header.boundingBox())!;
      return box.x >= gridBox.x - 1 && box.x + box.width <= gridBox.x + gridBox.width + 1;
    };
    const columns = ['dossier', ...grid.criteria.map((c) => `score:${c.id}`), 'total'];
    if (size.all) {
      for (const colId of columns) expect(await inside(colId), colId).toBe(true);
      // No horizontal scrolling in the grid.
      const scroll = await sheet(page).locator('.ag-root').evaluate((root) =>
        Math.max(...[...root.querySelectorAll('[class*="viewport"]')].map((el) => el.scrollWidth - el.clientWidth)),
      );
      expect(scroll).toBeLessThanOrEqual(1);
      // The full label is in the header's tooltip.
      await sheet(page).locator(`.ag-header-cell[col-id="score:${grid.criteria[2]!.id}"]`).hover();
      await expect(page.locator('.ag-tooltip')).toContainText(grid.criteria[2]!.label);
    }
    // Room for the rows: at 1024×768 the help above the sheet is cut to single lines, so that at least seven rows of
    // 34 px show (four and a half did, with the area's head and the hints on two lines each).
    const shown = await sheet(page).locator('.ag-root-wrapper').evaluate((root) => {
      const top = root.querySelector('.ag-header')!.getBoundingClientRect().bottom;
      const bottom = root.getBoundingClientRect().bottom;
      const whole = [...root.querySelectorAll('.ag-row[row-id]')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1;
      });
      return new Set(whole.map((row) => row.getAttribute('row-id'))).size;
    });
    expect(shown).toBeGreaterThanOrEqual(size.all ? 8 : 7);
    // The page itself does not scroll behind the grid; the keyboard hint is on screen.
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('.app-main')!;
      return { page: document.documentElement.scrollHeight - window.innerHeight, main: main.scrollHeight - main.clientHeight };
    });
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.main).toBeLessThanOrEqual(1);
    const hint = (await page.locator('.keys').boundingBox())!;
    expect(hint.y + hint.height).toBeLessThanOrEqual(size.height);
    // The header's buttons stay on one line each, and on one row.
    const buttons = await page.locator('.app-header button:visible').evaluateAll((els) => els.map((e) => ({ h: e.getBoundingClientRect().height, top: e.getBoundingClientRect().top })));
    expect(buttons.length).toBeGreaterThan(2);
    for (const b of buttons) expect(b.h).toBeLessThan(40);
    expect(new Set(buttons.map((b) => Math.round(b.top))).size).toBe(1);
    // The tooltip out of the way: the screenshot shows the sheet itself.
    await page.mouse.move(size.width - 5, size.height - 5);
    await expect(page.locator('.ag-tooltip')).toHaveCount(0);
    await page.screenshot({ path: info.outputPath(`sheet-${size.width}x${size.height}.png`) });
    await page.screenshot({ path: `test-results/interface-sheet-${size.width}x${size.height}.png` });
  });
}
