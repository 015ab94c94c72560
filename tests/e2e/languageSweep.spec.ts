/**
 * The language sweep (issue 7, « Messages as codes, translated at the edges »): every area and sub-page, in English,
 * shows no French word of the interface, and in French no English one. What is looked at is what a person sees or
 * hears: the visible text of the header, the navigation and the page (innerText), and the labels AG Grid and
 * AG Charts give their parts (legend, pagination, overlays) and the placeholders.
 *
 * The session's own data (dossier names and texts, members, criteria, place and country names) is French in both
 * languages and is no fault: the words of the session file and of the reference labels are collected first, and a
 * word with a French accent is a fault unless it stands there as data: alone on its line and a data word, or next to
 * a neighbour it has in the data (« Côtière à Montluel » is a name; « Notes à saisir » would not be). The lists of
 * words below are interface words only, chosen so that the demo data on the pages walked does not contain them.
 */
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { referenceLabels } from '../../main/reference/referenceLabels.ts';
import { expect, test } from './webShell.ts';

/** Words only French uses, as an English page would show them by mistake (compared in lower case, whole words). */
const FRENCH_WORDS = [
  'aucun', 'aucune', 'enregistrer', 'enregistré', 'rechercher', 'recherche', 'notation', 'réglages', 'critère', 'critères',
  'membre', 'membres', 'chargement', 'valider', 'annuler', 'fermer', 'retour', 'ouvrir', 'importer', 'afficher',
  'affichés', 'suivant', 'précédent', 'oui', 'non', 'légende', 'graphique', 'données', 'série', 'séries', 'moyenne',
  'poids', 'classement', 'procès', 'verbal', 'langue', 'fichier', 'erreur', 'appuyez', 'élément',
];
/** Words only English uses, as a French page would show them by mistake (« application », « pagination » are French too). */
const ENGLISH_WORDS = [
  'save', 'saved', 'search', 'loading', 'settings', 'members', 'member', 'scoring',
  'legend', 'chart', 'series', 'press', 'toggle', 'visibility', 'display', 'data', 'the', 'and', 'of', 'to', 'none',
  'cancel', 'close', 'back', 'open', 'filter', 'filters', 'yes', 'no', 'item', 'items', 'weight', 'mean', 'criteria',
  'criterion', 'ranking', 'error', 'with', 'without', 'this', 'from', 'sheet', 'deliberation', 'language', 'next',
  'previous', 'equals', 'contains', 'blank',
];
/** French letters: in an English page, a word carrying one is French unless it is data. */
const FRENCH_LETTER = /[àâäçéèêëîïôöûùüÿœæ]/i;
/**
 * Words an English page keeps on purpose: the language's own name in the language switch, the French local
 * authority level (no English equivalent: the English catalogue says « Département »), the platform's name.
 */
const KEPT_IN_ENGLISH = new Set(['français', 'département', 'départements', 'démarches', 'simplifiées']);

/** Each area and sub-page, by address, with what shows that it has finished loading. */
const PAGES: { path: string; ready?: (page: Page) => Promise<void> }[] = [
  { path: 'dossiers', ready: (page) => expect(page.locator('.ag-row[row-id]').first()).toBeVisible() },
  { path: 'dossiers/:id', ready: (page) => expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible() },
  { path: 'dossiers/import', ready: (page) => expect(page.locator('input[type="file"]').first()).toBeAttached() },
  { path: 'notation/feuille', ready: (page) => expect(page.locator('.ag-row[row-id]').first()).toBeVisible() },
  { path: 'notation/classement' },
  { path: 'notation/comparaison' },
  { path: 'notation/simulation' },
  {
    path: 'notation/graphiques',
    ready: async (page) => {
      // The severity chart, and the agreement chart once there are enough scores (else a sentence says so).
      await expect(page.locator('.ag-charts-wrapper').first()).toBeVisible();
      // AG Charts writes its overlay and its legend's labels after the first frame.
      await expect(page.locator('.ag-charts-proxy-legend-toolbar, .ag-charts-no-data-overlay').first()).toBeAttached();
    },
  },
  { path: 'notation/conflits' },
  { path: 'deliberation' },
  { path: 'deliberation/seance' },
  { path: 'projecteur' },
  { path: 'deliberation/decisions' },
  { path: 'deliberation/liste-attente' },
  { path: 'deliberation/journal' },
  { path: 'pv' },
  { path: 'reglages/langue' },
  { path: 'reglages/session' },
  { path: 'reglages/grille' },
  { path: 'reglages/regles' },
  { path: 'reglages/comite' },
  { path: 'reglages/hors-ligne', ready: (page) => expect(page.locator('#offline-member option').first()).toBeAttached() },
  { path: 'reglages/sauvegardes', ready: (page) => expect(page.getByRole('button', { name: /sauvegarde|backup/i }).first()).toBeVisible() },
];

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Every word, and every pair of neighbouring words, of the session file (all its text, JSON included) and of the reference labels, in lower case. */
function dataWords(sessionPath: string): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const ws = wordsOf(value);
    ws.forEach((w, i) => {
      words.add(w);
      if (i > 0) words.add(`${ws[i - 1]} ${w}`);
    });
  };
  const db = new Database(sessionPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().iterate() as Iterable<unknown[]>) row.forEach(add);
    }
  } finally {
    db.close();
  }
  const labels = referenceLabels();
  for (const c of Object.values(labels.countries)) [c.fr, c.en].forEach(add);
  [...Object.values(labels.regions), ...Object.values(labels.departements)].forEach(add);
  return words;
}

/** What the page shows and says: visible text of header, navigation and page, then the widgets' labels. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll<HTMLElement>('header, nav, main')].map((el) => el.innerText);
    for (const el of document.querySelectorAll('main [placeholder], main .ag-root-wrapper [aria-label], main .ag-charts-wrapper [aria-label]')) {
      for (const name of ['placeholder', 'aria-label']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The words of one page that belong to the other language, each with the line it was found in. */
function faults(texts: string[], language: 'fr' | 'en', data: Set<string>): string[] {
  const found: string[] = [];
  const banned = new Set(language === 'en' ? FRENCH_WORDS : ENGLISH_WORDS);
  for (const line of texts.flatMap((t) => t.split('\n'))) {
    const words = wordsOf(line);
    const isData = (i: number) =>
      words.length === 1 ? data.has(words[0]!) : data.has(`${words[i - 1]} ${words[i]}`) || data.has(`${words[i]} ${words[i + 1]}`);
    words.forEach((word, i) => {
      const foreign = banned.has(word) || (language === 'en' && FRENCH_LETTER.test(word) && !KEPT_IN_ENGLISH.has(word) && !isData(i));
      if (foreign) found.push(`« ${word} » in “${line.trim().slice(0, 120)}”`);
    });
  }
  return [...new Set(found)];
}

for (const language of ['en', 'fr'] as const) {
  test(`every page in ${language === 'en' ? 'English has no French' : 'French has no English'} word`, async ({ page, shell }) => {
    test.setTimeout(240_000);
    await page.goto(shell.url);
    const firstRow = page.locator('.ag-row[row-id]').first();
    await expect(firstRow).toBeVisible();
    const dossierId = (await firstRow.getAttribute('row-id'))!;
    if (language === 'en') await page.getByRole('button', { name: /EN/ }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const data = dataWords(shell.sessionPath);
    const loading = language === 'en' ? 'Loading' : 'Chargement';

    const report: Record<string, string[]> = {};
    for (const { path, ready } of PAGES) {
      await page.goto(new URL(`/#/${path.replace(':id', encodeURIComponent(dossierId))}`, shell.url).href);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await ready?.(page);
      await expect(page.locator('main')).not.toContainText(loading);
      const wrong = faults(await shownTexts(page), language, data);
      if (wrong.length) report[path] = wrong;
    }
    expect(report).toEqual({});
  });
}
