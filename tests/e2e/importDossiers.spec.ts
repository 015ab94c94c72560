/**
 * The Dossiers area after imports: the committee's filters with their count, and a re-import that changes a dossier
 * already scored: the mark on the grid and the page, the history of the change, and its acknowledgement.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier, Grid, Member } from '../../common/domain/types.ts';
import type { ImportReport } from '../../common/import/types.ts';
import { expect, test } from './webShell.ts';
import { assistantXlsx, PARTNER_OF_10001, RENAMED_PARTNER } from './importFixtures.ts';
import { apiCall, shot, upload } from './importSteps.ts';

let dir: string;
let first: string;
let second: string;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-e2e-dossiers-'));
  first = await assistantXlsx(dir, 'vague-1.xlsx');
  second = await assistantXlsx(dir, 'vague-1-corrigee.xlsx', { partnerOf10001: 'Commune de Kolda (nouveau partenaire fictif)' });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const count = (page: import('@playwright/test').Page) => page.getByTestId('dossier-count');
/** "N affichés sur 60" (singular up to 1, as French counts), or the plain total when nothing is filtered out. */
const shownOf60 = (n: number): string => (n === 60 ? '60 dossiers' : `${n} ${n > 1 ? 'affichés' : 'affiché'} sur 60`);

test('the filters narrow the grid and say how many dossiers they show', async ({ page, shell, request }) => {
  const all = await apiCall<Dossier[]>(request, shell, 'dossiersList', {});
  await page.goto(shell.url);
  await expect(count(page)).toHaveText('60 dossiers');

  const outreMer = all.filter((d) => d.outreMer).length;
  await page.getByLabel('Outre-mer', { exact: true }).selectOption('yes');
  await expect(count(page)).toHaveText(shownOf60(outreMer));
  await expect.poll(async () => [...new Set(await page.locator('[role="gridcell"][col-id="outreMer"]').allTextContents())]).toEqual(['Oui']);

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(count(page)).toHaveText('60 dossiers');

  const region = all.find((d) => d.region)!.region!;
  const inRegion = all.filter((d) => d.region === region);
  await page.getByLabel('Région', { exact: true }).selectOption(region);
  await expect(count(page)).toHaveText(shownOf60(inRegion.length));
  const firstTimers = inRegion.filter((d) => d.firstTimeInternational === true).length;
  await page.getByLabel('Primo-engagée (international)').selectOption('yes');
  await expect(count(page)).toHaveText(shownOf60(firstTimers));
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();

  const country = all.flatMap((d) => d.countries)[0]!;
  const withCountry = all.filter((d) => d.countries.includes(country)).length;
  await page.getByLabel('Pays', { exact: true }).selectOption(country);
  await expect(count(page)).toHaveText(shownOf60(withCountry));
  await page.getByLabel('Pays', { exact: true }).selectOption('');

  for (const [label, value, expected] of [
    ['Pays prioritaire', 'yes', all.filter((d) => d.priorityCountry).length],
    ['Profil', '2', all.filter((d) => d.profile === 2).length],
    ['Primo-engagée (volontariat)', 'no', all.filter((d) => d.firstTimeVolunteering === false).length],
    ['État', 'en_instruction', all.filter((d) => d.state === 'en_instruction').length],
    ['Alertes', 'with', all.filter((d) => d.warnings.length > 0).length],
  ] as const) {
    await page.getByLabel(label, { exact: true }).selectOption(value);
    await expect(count(page), `${label} = ${value}`).toHaveText(shownOf60(expected));
    await page.getByLabel(label, { exact: true }).selectOption('');
  }
  await page.getByLabel('Échelon').selectOption('commune');
  await page.getByLabel('Rechercher').fill('zzz-aucun');
  await expect(count(page)).toHaveText('0 affiché sur 60');
  await shot(page, '30-filters');
});

test('a dossier already scored and changed by a new import is marked until the committee acknowledges it', async ({ page, shell, request }) => {
  // Prepared the way a script would: import, one score, a corrected export.
  const mapping = { [RENAMED_PARTNER]: 'partnerAuthority' };
  const run = async (path: string) =>
    apiCall<ImportReport>(request, shell, 'importRun', { source: (await upload(request, shell, path, 'source')).ref, mapping });
  expect(await run(first)).toMatchObject({ imported: 5 });
  const members = await apiCall<Member[]>(request, shell, 'membersList', {});
  const grid = await apiCall<Grid>(request, shell, 'gridGet', {});
  const scorer = members.find((m) => m.role === 'member')!;
  await apiCall(request, shell, 'scoreSet', { member: scorer.id, dossier: '10001', criterion: grid.criteria[0]!.id, value: grid.scale.max });
  expect(await run(second)).toMatchObject({ updated: 1, changedAfterScoring: ['10001'] });

  await page.goto(shell.url);
  await expect(count(page)).toHaveText('65 dossiers');
  await page.getByLabel('Alertes', { exact: true }).selectOption('changed');
  await expect(count(page)).toHaveText('1 affiché sur 65');
  await page.locator('.ag-row[row-id="10001"] [col-id="name"]').click();
  await expect(page.getByRole('complementary').getByRole('note', { name: /Modifié après le début de la notation/ })).toBeVisible();
  await page.locator('.ag-row[row-id="10001"] [col-id="name"]').dblclick();

  await expect(page.getByRole('heading', { level: 1, name: 'Ville de Bourg-en-Bresse' })).toBeVisible();
  const mark = page.getByRole('note', { name: /Modifié après le début de la notation/ });
  await expect(mark).toContainText('Modifié après le début de la notation (import du');
  const history = page.getByRole('region', { name: 'Historique des modifications' });
  await expect(history).toContainText('Mis à jour par l’import de « vague-1-corrigee.xlsx »');
  const change = history.getByRole('row').filter({ hasText: 'Autorité partenaire' });
  await expect(change).toContainText(PARTNER_OF_10001);
  await expect(change).toContainText('Commune de Kolda (nouveau partenaire fictif)');
  await shot(page, '31-changed-after-scoring');

  await mark.getByRole('button', { name: 'Le comité a pris connaissance des modifications' }).click();
  await expect(mark).toBeHidden();
  // The history keeps what changed; the grid no longer lists it among the changed dossiers.
  await expect(history).toContainText('Commune de Kolda (nouveau partenaire fictif)');
  await page.getByRole('link', { name: '← Retour à la liste' }).click();
  await expect(count(page)).toHaveText('0 affiché sur 65');
});
