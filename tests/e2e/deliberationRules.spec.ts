/**
 * Réglages › Règles de la délibération (issue 9: the quorum rule, the majority rule and the chair's casting vote are
 * settings): a rule set in the page is the session's, a rule the core refuses is said beside the form with what was
 * typed kept, and the room's quorum banner counts with the rule saved.
 */
import type { DeliberationSettings } from '../../common/deliberation/records.ts';
import { apiCall } from './importSteps.ts';
import { expect, test } from './webShell.ts';

test('the quorum and vote rules are set in Réglages, refused in words when out of range, and the room counts with them', async ({ page, shell, request }) => {
  await page.goto(`${shell.url}#/reglages/deliberation`);
  const rules = page.getByRole('region', { name: 'Règles de la délibération' });
  await expect(rules.getByRole('radio', { name: 'Majorité des votants (plus de la moitié)' })).toBeChecked();

  // A share above 100 %: the core refuses it, in words, and the field keeps what was typed.
  await rules.getByRole('radio', { name: 'Part minimale des votants' }).check();
  await rules.getByLabel('Part requise (en %)').fill('150');
  await rules.getByRole('button', { name: 'Enregistrer le quorum et la majorité' }).click();
  await expect(rules.getByRole('alert')).toContainText('fraction du quorum invalide (1.5)');
  await expect(rules.getByLabel('Part requise (en %)')).toHaveValue('150');
  expect((await apiCall<DeliberationSettings>(request, shell, 'deliberationSettingsGet', {})).quorum.rule).toEqual({ kind: 'majority' });

  // At least 3 voting members; two thirds of the votes cast; no casting vote.
  await rules.getByRole('radio', { name: 'Nombre minimal de votants' }).check();
  await rules.getByLabel('Nombre de votants requis').fill('3');
  await rules.getByRole('radio', { name: 'Deux tiers des suffrages exprimés' }).check();
  await rules.getByLabel('Voix prépondérante du président en cas d’égalité').uncheck();
  await rules.getByRole('button', { name: 'Enregistrer le quorum et la majorité' }).click();
  await expect(rules.getByText('Quorum et majorité enregistrés.')).toBeVisible();
  const stored = await apiCall<DeliberationSettings>(request, shell, 'deliberationSettingsGet', {});
  expect(stored.quorum.rule).toEqual({ kind: 'count', count: 3 });
  expect(stored.votes).toMatchObject({ majority: 'two_thirds', chairCastingVote: false });

  // The room's banner counts with the saved rule: 3 required.
  await apiCall(request, shell, 'meetingCreate', { date: '2026-12-01', kind: 'room', place: 'Salle du conseil' });
  await page.goto(`${shell.url}#/deliberation/seance`);
  await expect(page.getByTestId('quorum-banner')).toContainText('3 requis');
});
