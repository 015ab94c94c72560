/**
 * From a score typed in the sheet to the ranking view updated, in Chromium, on the real web shell and a session of
 * realistic size: the demo's 60 dossiers fully scored by its 7 scoring members (2,520 scores, imported with
 * `comitia scores import`). The secretariat types one member's sheet (all 60 rows listed) with the live ranking beside
 * it; each run changes one score (0 ↔ 3 on the heaviest criterion) and times, inside the page, from the Enter that
 * commits it to the moment the dossier's raw value changes in the ranking. The floor is the same round trip without
 * the interface: `scoreSet` then `ranking` (without rank ranges, as the live ranking asks) over HTTP, from the same page. Needs `npm run build` first (the web shell serves out/).
 */
import { chromium, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../../../scripts/check-prerequisites.js';
import { fillScores } from '../../e2e/scoringSession.ts';
import { startWebShell } from '../../e2e/webShell.ts';
import { compare, type BenchCase } from '../measure.ts';

const RUNS = 21;
const WARMUP = 3;
const MEMBER = 'asc';

declare global {
  interface Window {
    benchDone?: Promise<number>;
    benchStart?: number;
  }
}

/** Arms the page: the Enter that commits starts the clock, the dossier's raw value changing in the ranking stops it. */
async function arm(page: Page, dossier: string): Promise<void> {
  await page.evaluate((id) => {
    const rawCell = () => document.querySelector(`[data-testid="live-ranking"] .ag-row[row-id="${id}"] [col-id="raw"]`)?.textContent ?? null;
    const before = rawCell();
    window.benchStart = undefined;
    window.benchDone = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (rawCell() !== before) {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(document.querySelector('[data-testid="live-ranking"]')!, { subtree: true, childList: true, characterData: true });
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      window.benchStart = performance.now();
      document.removeEventListener('keydown', onKey, true);
    };
    document.addEventListener('keydown', onKey, true);
  }, dossier);
}

const bench: BenchCase = {
  name: 'scoring: score typed in the sheet → ranking view updated (Chromium, 60 dossiers × 7 scorers)',
  async run() {
    const root = resolve(import.meta.dirname, '..', '..', '..');
    if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) throw new Error('interface not built: run `npm run build` first');
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('no Chromium found (/usr/bin/chromium, or set COMITIA_CHROMIUM)');
    const { shell, stop } = await startWebShell('bench.comitia');
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const { imported, facts } = fillScores(shell.sessionPath, shell.dir);
      const criterion = [...facts.grid.criteria].sort((a, b) => b.weight - a.weight)[0]!;
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
      await page.goto(shell.url);
      // Through the navigation, as a person goes (an address typed without the token would open on Dossiers).
      await page.getByRole('link', { name: 'Notation' }).click();
      await page.getByLabel('Feuille de notation de').selectOption(MEMBER);
      await page.getByRole('button', { name: 'Classement en direct' }).click();
      // The sheet's first row, with the whole sheet on screen (no search): what a person typing sees redrawn.
      const dossier = (await page.locator(`[data-testid="sheet-grid"] .ag-row[row-index="0"]:has([col-id="score:${criterion.id}"])`).getAttribute('row-id'))!;
      const cell = page.locator(`[data-testid="sheet-grid"] .ag-row[row-id="${dossier}"] [col-id="score:${criterion.id}"]`);
      await cell.click();
      const saved = page.getByTestId('save-state');

      // Each run must change the score: start from the value that differs from the one on file.
      let value = (await cell.textContent())?.trim() === '3' ? 3 : 0;
      const caseTimes: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i += 1) {
        value = value === 0 ? 3 : 0;
        await arm(page, dossier);
        await page.keyboard.press(String(value));
        await page.keyboard.press('Enter');
        const elapsed = await page.evaluate(async () => {
          const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('the ranking did not change within 5 s')), 5000));
          return (await Promise.race([window.benchDone!, timeout])) - window.benchStart!;
        });
        if (i >= WARMUP) caseTimes.push(elapsed);
        // Enter moved down a row: back to the cell. Then let the sheet settle (its reload after the write), at the
        // pace of a person typing.
        await page.keyboard.press('ArrowUp');
        await saved.filter({ hasText: 'Enregistré' }).waitFor();
        await page.waitForTimeout(250);
      }

      const token = new URL(shell.url).searchParams.get('token') ?? (await page.evaluate(() => sessionStorage.getItem('comitia.token')));
      const floorTimes = await page.evaluate(
        async ({ token, member, dossier, criterion, runs, warmup }) => {
          const call = async (method: string, arg: unknown) => {
            const r = await fetch(`/api/${method}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify(arg),
            });
            const body = (await r.json()) as { ok: boolean };
            if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
          };
          const times: number[] = [];
          let v = 0;
          for (let i = 0; i < warmup + runs; i += 1) {
            v = v === 0 ? 3 : 0;
            const t0 = performance.now();
            await call('scoreSet', { member, dossier, criterion, value: v, enteredBy: 'secretariat' });
            // The live ranking beside the sheet asks for no rank ranges; the floor asks for the same.
            await call('ranking', { viewer: null, ranges: false });
            if (i >= warmup) times.push(performance.now() - t0);
          }
          return times;
        },
        { token, member: MEMBER, dossier, criterion: criterion.id, runs: RUNS, warmup: WARMUP },
      );
      return compare(bench.name, caseTimes, floorTimes, { scores: imported, dossiers: facts.dossiers.length, target_ms: 50 });
    } finally {
      await browser.close();
      await stop();
    }
  },
};

export default bench;
