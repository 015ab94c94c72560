/**
 * ODS (issue 8): démarches-simplifiées exports it and LibreOffice saves it. The tests write their ODS files with
 * SheetJS (the library that reads them): the same export as the XLSX tests, a hand-made sheet with a title above a
 * merged two-row header, and hostile archives that the workbook ZIP guard refuses before SheetJS sees them.
 */
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { AppError } from '../../../common/result.ts';
import { listDossiers } from '../../../main/db/dossierRepo.ts';
import { listAvis } from '../../../main/db/dossierHistoryRepo.ts';
import { previewImport } from '../../../main/import/previewImport.ts';
import { runImport } from '../../../main/import/runImport.ts';
import { dsHeaders, dsRow, sampleDossiers, tempDir, writeBytes } from '../../fixtures/import/dsExport.ts';
import { contentDump, fingerprint, newSession, withDb } from '../../fixtures/import/session.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';

type Cell = string | number | boolean | Date | null;

function odsBytes(sheets: { name: string; rows: Cell[][]; merges?: XLSX.Range[] }[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows, { cellDates: true });
    if (s.merges) ws['!merges'] = s.merges;
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return XLSX.write(wb, { bookType: 'ods', type: 'buffer' }) as Buffer;
}

let dir: string;
let dsOds: string;
beforeAll(() => {
  dir = tempDir('comitia-ods-');
  dsOds = writeBytes(dir, 'export.ods', odsBytes([
    { name: 'Dossiers', rows: [dsHeaders('2024'), ...sampleDossiers().map((d) => dsRow('2024', d))] },
    {
      name: 'Avis',
      rows: [
        ['Dossier ID', 'Introduction', 'Réponse', 'Question', 'Réponse oui/non', 'Créé le', 'Répondu le', 'Instructeur', 'Expert'],
        [10001, 'Merci.', 'Oui, conventions renouvelées.', 'Le partenariat est-il actif ?', 'Oui', '1 avril 2022', '3 avril 2022', 'instruction@exemple.gouv.fr', 'expert@exemple.org'],
      ],
    },
  ]));
});

describe('an ODS export of démarches-simplifiées', () => {
  it('is read like the XLSX: layout, mapping, rows, opinions, warnings', async () => {
    const session = await newSession(dir, 'ods.comitia');
    await withDb(session, async (db) => {
      const preview = await previewImport(db, { source: dsOds });
      expect(preview).toMatchObject({ format: 'ods', layout: 'ds-2024', sheet: 'Dossiers', headerRow: 1, totalRows: 6 });
      expect(preview.mapping).toMatchObject({ ID: 'id', 'Commune (Code INSEE)': 'insee', 'SIREN de la collectivité': 'siren' });
      const report = await runImport(db, { source: dsOds });
      expect(report).toMatchObject({ format: 'ods', imported: 5, skipped: 1, rejected: [], avis: 1 });
      const dossiers = listDossiers(db);
      expect(dossiers.find((d) => d.id === '10001')).toMatchObject({ insee: '01053', departement: '01', echelon: 'commune', countries: ['SEN'] });
      expect(dossiers.find((d) => d.id === '10002')).toMatchObject({ echelon: 'epci', siren: '200040350' });
      expect(dossiers.find((d) => d.id === '10005')).toMatchObject({ outreMer: true, missionsSending: 1234 });
      expect(report.warnings.some((w) => w.code === 'import.unknown_country' && w.params?.value === 'Atlantide')).toBe(true);
      expect(listAvis(db, '10001')).toMatchObject([{ question: 'Le partenariat est-il actif ?', answerYesNo: true, createdAt: '2022-04-01' }]);
      expect(db.prepare('SELECT format FROM imports').pluck().all()).toEqual(['ods']);
    });
  });
});

describe('a hand-made ODS', () => {
  it('finds the header under a title, joins a two-row header under merged cells, and keeps stored values only', async () => {
    const path = writeBytes(dir, 'tableau.ods', odsBytes([{
      name: 'Candidatures',
      rows: [
        ['Appel Territoires Volontaires 2022', null, null, null, null, null],
        [null, null, null, null, null, null],
        ['Identifiant', 'Candidat', 'Code INSEE', 'Missions', null, 'Pays'],
        [null, null, null, 'Envoi', 'Accueil', null],
        ['T1', 'Ville de Bourg-en-Bresse', '01053', 2, 1, 'Sénégal'],
        ['T2', 'Ville de Fort-de-France', '97209', '1 234', 0, 'Haïti'],
      ],
      merges: [0, 1, 2, 5].map((c) => ({ s: { r: 2, c }, e: { r: 3, c } })).concat([{ s: { r: 2, c: 3 }, e: { r: 2, c: 4 } }]),
    }]));
    const session = await newSession(dir, 'tableau.comitia');
    await withDb(session, async (db) => {
      const preview = await previewImport(db, { source: path });
      expect(preview).toMatchObject({ format: 'ods', layout: 'tableur', headerRow: 4 });
      expect(preview.headers).toEqual(['Identifiant', 'Candidat', 'Code INSEE', 'Missions - Envoi', 'Missions - Accueil', 'Pays']);
      const report = await runImport(db, { source: path });
      expect(report).toMatchObject({ imported: 2, rejected: [] });
      expect(listDossiers(db).find((d) => d.id === 'T2')).toMatchObject({ departement: '972', missionsSending: 1234, missionsHosting: 0 });
    });
  });
});

describe('a hostile or broken ODS is refused before SheetJS reads it, and the session is left as it was', () => {
  const refusedWith = async (name: string, bytes: Buffer, pattern: RegExp): Promise<void> => {
    const session = await newSession(dir, `refus-${name}.comitia`);
    const before = fingerprint(session);
    const error = await withDb(session, async (db) => {
      const dump = contentDump(db);
      const caught = await runImport(db, { source: writeBytes(dir, name, bytes) }).then(() => null, (e: unknown) => e);
      expect(contentDump(db)).toBe(dump);
      return caught;
    });
    expect(error).toBeInstanceOf(AppError);
    expect(messageText(error as AppError)).toMatch(pattern);
    expect(fingerprint(session)).toBe(before);
  };

  it('a truncated download', async () => {
    const bytes = readOdsBytes();
    await refusedWith('coupe.ods', bytes.subarray(0, Math.floor(bytes.length / 2)), /Le classeur « coupe\.ods » est tronqué ou endommagé/);
  });

  it('a decompression bomb, by its declared size', async () => {
    const bomb = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' },
      { name: 'content.xml', data: 'x', declaredSize: 0xfffffff0 },
    ]);
    await refusedWith('bombe.ods', bomb, /« bombe\.ods » est refusé : l'entrée « content\.xml » annonce 4\.0 Go/);
  });

  it('an entry whose path leaves its folder', async () => {
    const evil = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' },
      { name: '../../content.xml', data: '<x/>' },
    ]);
    await refusedWith('evade.ods', evil, /chemin qui sort de son dossier/);
  });
});

function readOdsBytes(): Buffer {
  return odsBytes([{ name: 'Dossiers', rows: [dsHeaders('2024'), ...sampleDossiers().map((d) => dsRow('2024', d))] }]);
}
