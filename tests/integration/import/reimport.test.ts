/**
 * A newer export of the same call: dossiers updated by source ID, scores kept, changes recorded field by field, and
 * dossiers the committee already scored marked when what the applicant wrote changed. Attachments come with it.
 */
import { CHANGED_AFTER_SCORING_CODE } from '../../../common/import/types.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../common/domain/types.ts';
import { listAttachments, readAttachmentBytes } from '../../../main/db/attachmentRepo.ts';
import { getDossier } from '../../../main/db/dossierRepo.ts';
import { listHistory } from '../../../main/db/dossierHistoryRepo.ts';
import { runImport } from '../../../main/import/runImport.ts';
import { sampleDossiers, tempDir, writeBytes, writeDsXlsx, type FixtureDossier } from '../../fixtures/import/dsExport.ts';
import { cli, cliImport, fingerprint, newSession, withDb } from '../../fixtures/import/session.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';

let dir: string;
let session: string;

const PDF = '%PDF-1.4\n% dossier complet fictif\n';
const DELIBERATION = '%PDF-1.4\n% délibération fictive\n';

function newer(): FixtureDossier[] {
  const next = sampleDossiers()
    .filter((d) => d.id !== 10006)
    .map((d) => {
      if (d.id === 10001) return { ...d, project: 'Trois volontaires, dont un en réciprocité.', sending: 4 };
      if (d.id === 10002) return { ...d, state: 'Accepté' };
      return d;
    });
  next.push({ ...sampleDossiers()[0]!, id: 10007, name: 'Ville de Saint-Étienne', insee: '42218', commune: 'Saint-Étienne (42000)', communeDepartement: '42 - Loire', countries: 'Bénin' });
  return next;
}

beforeAll(async () => {
  dir = tempDir('comitia-reimport-');
  session = await newSession(dir);
  const first = await cliImport(session, await writeDsXlsx(dir, 'export-v1.xlsx', { layout: '2024' }));
  expect(first.json).toMatchObject({ imported: 5 });
  // The committee starts scoring 10001 and 10002 (schema 3: members, criteria, scores).
  await withDb(session, (db) => {
    db.prepare(`INSERT INTO members (id, name, institution, role, position) VALUES ('m1', 'Hélène Dupré', 'MEAE', 'chair', 1)`).run();
    db.prepare(`INSERT INTO criteria (id, label, weight, position) VALUES ('pertinence', 'Pertinence', 1, 1)`).run();
    const score = db.prepare(`INSERT INTO scores (member_id, dossier_id, criterion_id, value, entered_by, updated_at) VALUES ('m1', ?, 'pertinence', 2, 'm1', '2022-04-05T10:00:00Z')`);
    score.run('10001');
    score.run('10002');
  });
});

describe('re-importing a newer export', () => {
  let json: Record<string, unknown>;
  beforeAll(async () => {
    const before = fingerprint(session);
    const zip = writeBytes(dir, 'pieces.zip', buildZip([
      { name: 'export/' },
      { name: 'export/dossier-10001/' },
      { name: 'export/dossier-10001/export-10001-10-03-2022-14-00-1.pdf', data: PDF },
      { name: 'export/dossier-10001/pieces_justificatives/deliberation.pdf', data: DELIBERATION },
      { name: 'export/dossier-10007/pieces_justificatives/deliberation.pdf', data: DELIBERATION },
      { name: 'export/dossier-10003/messagerie/courrier.txt', data: 'Bonjour, voici notre courrier.' },
      { name: 'export/dossier-99999/pieces_justificatives/autre.pdf', data: PDF },
      { name: 'export/lisez-moi.txt', data: 'hors dossier' },
      { name: 'export/-LISTE-DES-FICHIERS-EN-ERREURS.txt', data: 'Impossible de récupérer le fichier cni.png\n' },
    ]));
    const r = await cliImport(session, await writeDsXlsx(dir, 'export-v2.xlsx', { layout: '2024', dossiers: newer() }), '--attachments', zip);
    expect(r.code).toBe(0);
    json = r.json;
    expect(fingerprint(session)).not.toBe(before);
  });

  it('counts new, updated and unchanged dossiers by source ID, and keeps those absent from the new file', () => {
    // 10007 new; 10001 (content), 10002 (state), 10003 (a new attachment) updated; 10005 unchanged; 10006 kept.
    expect(json).toEqual({ imported: 1, updated: 3, unchanged: 1, skipped: 1, rejected: [], warnings: 2, dossiers: 6 });
  });

  it('keeps the scores and records which fields changed', async () => {
    await withDb(session, (db) => {
      expect(db.prepare('SELECT count(*) FROM scores').pluck().get()).toBe(2);
      const [latest, created] = listHistory(db, '10001');
      expect(created).toMatchObject({ kind: 'created', fileName: 'export-v1.xlsx' });
      expect(latest).toMatchObject({ kind: 'updated', fileName: 'export-v2.xlsx' });
      const fields = latest!.changes.map((c) => c.field);
      expect(fields).toEqual(expect.arrayContaining(['narrative', 'missionsSending', 'attachments']));
      expect(latest!.changes.find((c) => c.field === 'missionsSending')).toEqual({ field: 'missionsSending', before: 3, after: 4 });
      expect(listHistory(db, '10002')[0]!.changes).toEqual([{ field: 'state', before: 'en_instruction', after: 'accepte' }]);
      expect(listHistory(db, '10003')[0]!.changes).toEqual([{ field: 'attachments', before: null, after: 'messagerie/courrier.txt' }]);
      expect(listHistory(db, '10005')).toHaveLength(1);
      expect(getDossier(db, '10006')).not.toBeNull();
    });
  });

  it('marks a scored dossier whose content changed, not one whose state only moved', async () => {
    const list = JSON.parse((await cli('dossiers', session, '--json')).out) as Dossier[];
    const d1 = list.find((d) => d.id === '10001')!;
    // The mark is the dossier's column; the warning says what changed, as a code worded at the edges.
    expect(d1.changedAfterScoringAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const changed = d1.warnings.filter((w) => w.code === CHANGED_AFTER_SCORING_CODE);
    expect(changed).toHaveLength(1);
    expect(messageText(changed[0]!)).toMatch(/^Modifié après le début de la notation \(import du \d\d\/\d\d\/\d{4}\) : .*Réponses rédigées/);
    expect(list.find((d) => d.id === '10002')!.warnings).toEqual([]);
    await withDb(session, (db) => {
      const marked = db.prepare('SELECT id FROM dossiers WHERE changed_after_scoring_at IS NOT NULL').pluck().all();
      expect(marked).toEqual(['10001']);
    });
  });

  it('attaches the files to their dossiers, recognises the full PDF and reports what it could not attach', async () => {
    await withDb(session, (db) => {
      const files = listAttachments(db, '10001');
      expect(files.map((f) => [f.path, f.category, f.mediaType])).toEqual([
        ['export-10001-10-03-2022-14-00-1.pdf', 'dossier_pdf', 'application/pdf'],
        ['pieces_justificatives/deliberation.pdf', 'pieces_justificatives', 'application/pdf'],
      ]);
      expect(readAttachmentBytes(db, files[0]!.id)!.data.toString()).toBe(PDF);
      // The same deliberation attached to two dossiers is stored once.
      expect(db.prepare('SELECT count(*) FROM blobs').pluck().get()).toBe(3);
      expect(listAttachments(db, '10007')).toHaveLength(1);
      const report = JSON.parse(db.prepare('SELECT report FROM imports ORDER BY id DESC LIMIT 1').pluck().get() as string);
      expect(report.attachments).toMatchObject({ added: 4, dossierPdfs: 1, platformErrors: ['Impossible de récupérer le fichier cni.png'] });
      expect(report.attachments.ignored.map((i: { path: string }) => i.path)).toEqual(['export/dossier-99999/pieces_justificatives/autre.pdf', 'export/lisez-moi.txt']);
    });
    const list = JSON.parse((await cli('dossiers', session, '--json')).out) as Dossier[];
    expect(list.find((d) => d.id === '10001')!.attachments).toBe(2);
  });

  it('changes nothing when the same export comes again, and keeps the mark until acknowledged', async () => {
    const again = await withDb(session, (db) =>
      runImport(db, { source: `${dir}/export-v2.xlsx`, attachments: `${dir}/pieces.zip` }),
    );
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 5, changedAfterScoring: [] });
    expect(again.attachments).toMatchObject({ added: 0, unchanged: 4 });
    const d1 = (JSON.parse((await cli('dossiers', session, '--json')).out) as Dossier[]).find((d) => d.id === '10001')!;
    expect(d1.warnings.filter((w) => w.code === CHANGED_AFTER_SCORING_CODE)).toHaveLength(1);
    expect(d1.changedAfterScoringAt).not.toBeNull();
  });

  it('lets a dry run report without writing anything', async () => {
    const before = fingerprint(session);
    const report = await withDb(session, (db) => runImport(db, { source: `${dir}/export-v1.xlsx`, dryRun: true }));
    expect(report).toMatchObject({ dryRun: true, importId: null, updated: 2, imported: 0 });
    expect(fingerprint(session)).toBe(before);
  });
});
