import { join } from 'node:path';
import { expect, test } from './webShell.ts';

test.use({ viewport: { width: 1280, height: 720 } });

test('the Procès-verbal area generates a version, shows it, signs it with a certificate made in the page, and verifies it', async ({ page, shell }) => {
  await page.goto(shell.url);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Procès-verbal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Procès-verbal' })).toBeVisible();
  await expect(page.getByText('Aucune version : générez le procès-verbal.')).toBeVisible();

  await page.getByLabel('Annexes').selectOption('anonymous');
  await page.getByRole('button', { name: 'Générer une nouvelle version' }).click();
  await expect(page.getByText(/Version 1 du .* pages/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('PROJET', { exact: true })).toBeVisible();
  const preview = page.getByTitle('Aperçu de la version 1');
  await expect(preview).toBeVisible();
  const pdf = await page.request.get(new URL((await preview.getAttribute('src'))!.split('#')[0]!, shell.url).href);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.screenshot({ path: test.info().outputPath('minutes-generated.png') });

  const cert = page.getByRole('group', { name: 'Créer un certificat auto-émis' });
  await cert.getByLabel('Nom du signataire').fill('Hélène Dupré');
  await cert.getByLabel('Organisation').fill('Délégation à l’action extérieure des collectivités territoriales');
  await cert.getByLabel('Mot de passe protégeant la clé').fill('Sésame ouvre-toi');
  await cert.getByLabel('Nom du fichier à créer (.p12)').fill('helene.p12');
  await cert.getByRole('button', { name: 'Créer le certificat' }).click();
  await expect(page.getByText(/Certificat de « CN=Hélène Dupré/)).toBeVisible();

  const sign = page.getByRole('group', { name: 'Signer la version 1' });
  await sign.getByLabel('Certificat (fichier .p12 ou .pfx)').setInputFiles(join(shell.dir, 'helene.p12'));
  await sign.getByRole('button', { name: 'Signer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mot de passe du certificat' });
  await dialog.getByLabel('Mot de passe').fill('Sésame ouvre-toi');
  await dialog.getByRole('button', { name: 'Signer' }).click();
  await expect(page.getByText('Version 1 signée (Président(e) de séance).')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/signé par Hélène Dupré/)).toBeVisible();

  await page.getByRole('button', { name: 'Vérifier la version 1' }).click();
  const report = page.locator('.verification');
  await expect(report).toContainText('Toutes les signatures sont intactes');
  await expect(report).toContainText('CN=Hélène Dupré');
  await expect(report).toContainText('certificat auto-émis, non approuvé');
  await expect(report).not.toContainText('certificat approuvé');
  await page.screenshot({ path: test.info().outputPath('minutes-verified.png') });
});
