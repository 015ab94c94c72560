/** The import assistant's CSV separator override: detection stays the default, the user's choice wins. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../common/import/types.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { tempDir, writeBytes } from '../../fixtures/import/dsExport.ts';
import { newSession } from '../../fixtures/import/session.ts';
import { errorText } from '../../../common/i18n/translateMessage.ts';

let dir: string;
let api: Api;
let session: CurrentSession;
let csv: string;

beforeAll(async () => {
  dir = tempDir('comitia-delimiter-');
  session = new CurrentSession();
  api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
  await session.open(await newSession(dir));
  // As regular with `;` as with `,`: detection prefers `;` (French spreadsheets), the user knows better.
  csv = writeBytes(dir, 'ambigu.csv', 'ID,Nom;Région\n1,Ville A;Bretagne\n2,Ville B;Normandie\n');
});
afterAll(() => session.close());

describe('the CSV separator', () => {
  it('is detected by default', async () => {
    const r = await api.invoke('importPreview', { source: csv });
    expect(r).toMatchObject({ ok: true, value: { delimiter: ';', headers: ['ID,Nom', 'Région'] } });
  });

  it('follows the user when forced, in the preview and in the import', async () => {
    const r = await api.invoke('importPreview', { source: csv, delimiter: ',' });
    expect(r).toMatchObject({ ok: true, value: { delimiter: ',', headers: ['ID', 'Nom;Région'] } });
    expect((r as { value: ImportPreview }).value.rows[0]!.cells).toEqual(['1', 'Ville A;Bretagne']);
    const run = await api.invoke('importRun', { source: csv, delimiter: ',', mapping: { ID: 'id', 'Nom;Région': 'name' } });
    expect(run).toMatchObject({ ok: true, value: { imported: 2, delimiter: ',' } });
    expect(await api.invoke('dossierGet', { id: '1' })).toMatchObject({ ok: true, value: { name: 'Ville A;Bretagne' } });
  });

  it('refuses a separator it does not know, in French', async () => {
    const r = await api.invoke('importPreview', { source: csv, delimiter: ':' });
    expect(r).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
    expect(!r.ok && errorText(r.error)).toContain('séparateur attendu');
  });
});
