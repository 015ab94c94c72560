/** Long imports report progress and can be cancelled without leaving anything behind; the API methods around them. */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../common/domain/types.ts';
import type { ImportPreview, ImportReport } from '../../../common/import/types.ts';
import { createApi, type Api } from '../../../main/api.ts';
import { runImport } from '../../../main/import/runImport.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { SettingsStore } from '../../../main/settings/userSettings.ts';
import { sampleDossiers, tempDir, writeBytes, writeDsXlsx, type FixtureDossier } from '../../fixtures/import/dsExport.ts';
import { contentDump, fingerprint, newSession, withDb } from '../../fixtures/import/session.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';
import { errorText, messageText } from '../../../common/i18n/translateMessage.ts';

let dir: string;
let bigXlsx: string;
let zip: string;

function many(n: number): FixtureDossier[] {
  const base = sampleDossiers()[0]!;
  return Array.from({ length: n }, (_, i) => ({ ...base, id: 20000 + i, name: `Commune fictive ${i}` }));
}


beforeAll(async () => {
  dir = tempDir('comitia-progress-');
  bigXlsx = await writeDsXlsx(dir, 'grand.xlsx', { layout: '2024', dossiers: many(1200) });
  zip = writeBytes(dir, 'pj.zip', buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `export/dossier-${20000 + i}/pieces_justificatives/p${i}.pdf`, data: `%PDF-1.4 ${i}` }))));
});

describe('progress and cancellation', () => {
  it('reports progress with counts through every phase', async () => {
    const session = await newSession(dir, 'progress.comitia');
    const events: ProgressEvent[] = [];
    const report = await withDb(session, (db) => runImport(db, { source: bigXlsx, attachments: zip, onProgress: (e) => events.push(e) }));
    expect(report.imported).toBe(1200);
    expect(report.attachments).toMatchObject({ added: 30 });
    const labels = [...new Set(events.map((e) => e.label))];
    // Labels are message codes, worded by the interface (French: "Lecture du fichier", "Vérification des lignes"…).
    expect(labels).toEqual(['import.progress_reading', 'import.progress_checking', 'import.progress_attachments_reading', 'import.progress_saving', 'import.progress_attachments_saving', 'import.progress_done']);
    expect(labels.map((code) => messageText({ code: code! }))).toEqual(['Lecture du fichier', 'Vérification des lignes', 'Lecture des pièces jointes', 'Enregistrement des dossiers', 'Enregistrement des pièces jointes', 'Import terminé']);
    const checking = events.filter((e) => e.label === 'import.progress_checking');
    expect(checking.at(-1)).toMatchObject({ task: 'import', done: 1200, total: 1200 });
    expect(checking.length).toBeGreaterThan(2);
  });

  it.each(['import.progress_checking', 'import.progress_attachments_reading'])('cancelled during "%s", leaves the session and the temporary folder as they were', async (phase) => {
    const session = await newSession(dir, `cancel-${phase.length}.comitia`);
    const bytes = fingerprint(session);
    const tempRoot = join(dir, `staging-${phase.length}`);
    mkdirSync(tempRoot);
    const controller = new AbortController();
    await withDb(session, async (db) => {
      const dump = contentDump(db);
      await expect(
        runImport(db, {
          source: bigXlsx,
          attachments: zip,
          tempRoot,
          signal: controller.signal,
          onProgress: (e) => {
            if (e.label === phase && e.done > 0) controller.abort();
          },
        }),
      ).rejects.toMatchObject({ code: 'import.cancelled' });
      expect(messageText({ code: 'import.cancelled' })).toBe("Import annulé : la session n'a pas été modifiée.");
      expect(contentDump(db)).toBe(dump);
    });
    expect(fingerprint(session)).toBe(bytes);
    expect(readdirSync(tempRoot)).toEqual([]);
  });
});

describe('the import methods of the API', () => {
  let session: CurrentSession;
  let api: Api;
  const progress: ProgressEvent[] = [];

  beforeAll(async () => {
    session = new CurrentSession();
    api = createApi({ session, settings: new SettingsStore(join(dir, 'settings')) });
    api.events.listen((e) => {
      if (e.kind === 'progress') progress.push(e.progress);
    });
    await session.create(join(dir, 'api.comitia'));
  });
  afterAll(() => session.close());

  it('previews a file, imports it with progress, and lists history, opinions and attachments', async () => {
    const source = await writeDsXlsx(dir, 'api.xlsx', { layout: '2022' });
    const preview = await api.invoke('importPreview', { source });
    expect(preview.ok).toBe(true);
    const p = (preview as { value: ImportPreview }).value;
    expect(p).toMatchObject({ layout: 'ds-2022', totalRows: 6, savedMappingName: null });
    expect(p.sheets.map((s) => s.kind).sort()).toEqual(['avis', 'bloc']);
    const pdf = writeBytes(dir, 'api.zip', buildZip([{ name: 'export/dossier-10001/export-10001-01-04-2022-10-00-1.pdf', data: '%PDF-1.4 fictif' }]));
    const run = await api.invoke('importRun', { source, attachments: pdf, saveMappingAs: 'Territoires Volontaires' });
    expect(run.ok).toBe(true);
    expect((run as { value: ImportReport }).value).toMatchObject({ imported: 5, skipped: 1 });
    expect(progress.some((e) => e.task === 'import' && e.label === 'import.progress_done')).toBe(true);
    expect(await api.invoke('mappingsList', {})).toMatchObject({ ok: true, value: [{ name: 'Territoires Volontaires' }] });
    expect(await api.invoke('importsList', {})).toMatchObject({ ok: true, value: [{ fileName: 'api.xlsx', imported: 5 }] });
    expect(await api.invoke('dossierHistory', { id: '10001' })).toMatchObject({ ok: true, value: [{ kind: 'created' }] });
    expect(await api.invoke('dossierAvis', { id: '10001' })).toMatchObject({ ok: true, value: [{ expert: 'expert@exemple.org' }] });
    const attachments = await api.invoke('dossierAttachments', { id: '10001' });
    expect(attachments).toMatchObject({ ok: true, value: [{ category: 'dossier_pdf', mediaType: 'application/pdf' }] });
    const id = (attachments as { value: { id: number }[] }).value[0]!.id;
    const info = await api.invoke('attachmentGet', { id });
    expect(info).toMatchObject({ ok: true, value: { id, size: 15 } });
    expect(info.ok && 'data' in (info.value as object)).toBe(false);
    expect(await api.invoke('dossierHistory', { id: 'absent' })).toMatchObject({ ok: false, error: { code: 'session.dossier_not_found' } });
  });

  it('proposes a mapping for headers, saving again proposes the saved one', async () => {
    const r = await api.invoke('importProposeMapping', { headers: ['ID', 'Nom de la collectivité', 'Pays partenaire(s)'] });
    expect(r).toMatchObject({ ok: true, value: { mapping: { ID: 'id', 'Nom de la collectivité': 'name' } } });
    await api.invoke('mappingSave', { name: 'manuelle', mapping: { Numéro: 'id', Territoire: 'name' } });
    const again = await api.invoke('importProposeMapping', { headers: ['Numéro', 'Territoire'] });
    expect(again).toMatchObject({ ok: true, value: { savedMappingName: 'manuelle', mapping: { Numéro: 'id', Territoire: 'name' } } });
    expect(await api.invoke('mappingSave', { name: 'x', mapping: { A: 'inconnu' } })).toMatchObject({ ok: false, error: { code: 'core.invalid_argument' } });
  });

  it('cancels a running import through importCancel, and refuses a second one meanwhile', async () => {
    const started = api.invoke('importRun', { source: bigXlsx });
    const second = await api.invoke('importRun', { source: bigXlsx });
    expect(second).toMatchObject({ ok: false, error: { code: 'import.busy' } });
    expect(await api.invoke('importCancel', {})).toEqual({ ok: true, value: true });
    expect(await started).toMatchObject({ ok: false, error: { code: 'import.cancelled' } });
    expect(await api.invoke('importCancel', {})).toEqual({ ok: true, value: false });
    expect(session.info()!.dossiers).toBe(5);
  });

  it('returns refusals as Result errors in French', async () => {
    const r = await api.invoke('importRun', { source: writeBytes(dir, 'vide.csv', '') });
    expect(r).toMatchObject({ ok: false, error: { code: 'import.empty_file', params: { file: 'vide.csv' } } });
    expect(!r.ok && errorText(r.error)).toContain('est vide');
  });
});
