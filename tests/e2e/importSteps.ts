/** Steps the import specs share: screenshots for review, the assistant's first steps, and API calls with the token. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { PickedFile } from '../../common/api/bridge.ts';
import type { Result } from '../../common/result.ts';
import { expect, type WebShell } from './webShell.ts';
import { errorText } from '../../common/i18n/translateMessage.ts';

/** COMITIA_SCREENSHOTS=<folder> keeps a picture of each step, the whole scrolling area included, for review. */
export async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.COMITIA_SCREENSHOTS;
  if (!folder) return;
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('.app-main');
    return main ? main.scrollHeight + main.offsetTop + 20 : document.body.scrollHeight;
  });
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), 5000) });
  await page.screenshot({ path: join(folder, `${name}.png`) });
  await page.setViewportSize(size);
}

/** Opens the assistant from the Dossiers area and uploads the files; stops on the files step. */
export async function chooseFiles(page: Page, source: string, attachments?: string): Promise<void> {
  await page.getByRole('link', { name: 'Importer des dossiers…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des dossiers' })).toBeVisible();
  await page.getByLabel('Fichier des dossiers (XLSX, ODS ou CSV)').setInputFiles(source);
  await expect(page.getByText(`${basename(source)} (`)).toBeVisible();
  if (attachments) {
    await page.getByLabel('Archive des pièces jointes (ZIP, facultatif)').setInputFiles(attachments);
    await expect(page.getByText(`${basename(attachments)} (`)).toBeVisible();
  }
}

const token = (shell: WebShell): string => new URL(shell.url).searchParams.get('token')!;

/** Calls the API as the page does (same token), for preparing a session the way a script would. */
export async function apiCall<T>(request: APIRequestContext, shell: WebShell, name: string, arg: unknown): Promise<T> {
  const response = await request.post(new URL(`/api/${name}`, shell.url).href, {
    headers: { authorization: `Bearer ${token(shell)}` },
    data: arg,
  });
  const result = (await response.json()) as Result<T>;
  if (!result.ok) throw new Error(`${name}: ${errorText(result.error)}`);
  return result.value;
}

/** Uploads a file through the web shell's upload route, as the assistant does. */
export async function upload(request: APIRequestContext, shell: WebShell, path: string, kind: 'source' | 'attachments'): Promise<PickedFile> {
  const response = await request.post(new URL(`/api/upload?kind=${kind}&name=${encodeURIComponent(basename(path))}`, shell.url).href, {
    headers: { authorization: `Bearer ${token(shell)}`, 'content-type': 'application/octet-stream' },
    data: readFileSync(path),
  });
  const result = (await response.json()) as Result<PickedFile>;
  if (!result.ok) throw new Error(`upload: ${errorText(result.error)}`);
  return result.value;
}
