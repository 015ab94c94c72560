/**
 * The first screen: from a fresh browser context opening the web shell's URL to the Dossiers grid showing its rows
 * (the demo's 60 dossiers), in Chromium. Timed inside the page from the navigation's start (performance.now() is
 * relative to it), by an observer installed before any script runs: what a person waits for, cold cache each time.
 * The floor is the same server and the same fresh context answering a minimal page that fetches `dossiersList` and
 * writes one row per dossier: the network, the core's answer and a page's start, without the interface. The bundle's
 * size (every JavaScript file of out/renderer, and what the first screen downloads) is in the JSON line. Needs
 * `npm run build` first (the web shell serves out/).
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../../../scripts/check-prerequisites.js';
import { startWebShell } from '../../e2e/webShell.ts';
import { compare, type BenchCase } from '../measure.ts';

const RUNS = 11;
const WARMUP = 2;
// The Dossiers screen has one grid (the selector also holds for builds before it had a test id).
const ROWS = '.ag-row[row-id]';

declare global {
  interface Window {
    benchShown?: Promise<number>;
  }
}

/** Installed before the page's scripts: resolves with the time the first row of `selector` was in the document. */
function watchFor(selector: string): void {
  window.benchShown = new Promise<number>((done) => {
    const check = () => {
      if (!document.querySelector(selector)) return false;
      done(performance.now());
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/** The floor's page: one call to the core, then one line per dossier. */
const floorPage = (token: string) => `<!doctype html><meta charset="utf-8"><title>floor</title><ul id="rows"></ul>
<script>
fetch('/api/dossiersList', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ${token}' }, body: '{}' })
  .then((r) => r.json())
  .then((r) => {
    const ul = document.getElementById('rows');
    for (const d of r.value) { const li = document.createElement('li'); li.className = 'row'; li.textContent = d.id + ' ' + d.name; ul.append(li); }
  });
</script>`;

async function timeOpen(browser: Browser, url: string, selector: string, floorHtml?: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR' });
  try {
    if (floorHtml) await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: floorHtml }));
    await context.addInitScript(watchFor, selector);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await page.evaluate(async () => {
      const timeout = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('no rows within 10 s')), 10_000));
      return await Promise.race([window.benchShown!, timeout]);
    });
  } finally {
    await context.close();
  }
}

/** Bytes of JavaScript in out/renderer/assets: all of it, and what index.html pulls in before any lazy import. */
function bundleSize(root: string): Record<string, number> {
  const dir = join(root, 'out', 'renderer', 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const size = (f: string) => statSync(join(dir, f)).size;
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8');
  const initial = files.filter((f) => html.includes(`/assets/${f}`));
  const sum = (list: string[]) => list.reduce((a, f) => a + size(f), 0);
  return { bundle_js_bytes: sum(files), bundle_js_files: files.length, initial_js_bytes: sum(initial), largest_js_bytes: Math.max(...files.map(size)) };
}

const bench: BenchCase = {
  name: 'firstScreen: fresh browser context → Dossiers grid showing its rows (Chromium, web shell, 60 dossiers)',
  async run() {
    const root = resolve(import.meta.dirname, '..', '..', '..');
    if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) throw new Error('interface not built: run `npm run build` first');
    const executablePath = chromiumPath();
    if (!executablePath) throw new Error('no Chromium found (/usr/bin/chromium, or set COMITIA_CHROMIUM)');
    const { shell, stop } = await startWebShell('bench.comitia');
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const token = new URL(shell.url).searchParams.get('token') ?? '';
      const floorUrl = new URL('/bench-floor.html', shell.url).href;
      const caseTimes: number[] = [];
      const floorTimes: number[] = [];
      // Interleaved, so that the machine's load at a given moment weighs on both alike.
      for (let i = 0; i < WARMUP + RUNS; i += 1) {
        const shown = await timeOpen(browser, shell.url, ROWS);
        const floor = await timeOpen(browser, floorUrl, '#rows .row', floorPage(token));
        if (i >= WARMUP) {
          caseTimes.push(shown);
          floorTimes.push(floor);
        }
      }
      return compare(bench.name, caseTimes, floorTimes, { target_ms: 800, ...bundleSize(root) });
    } finally {
      await browser.close();
      await stop();
    }
  },
};

export default bench;
