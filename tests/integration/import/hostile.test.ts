/**
 * Hostile or broken input: each case gets a clear French message, exit code 1 with `{"error": …}`, and leaves the
 * session file byte for byte as it was (the session already holds an earlier import, so there is something to lose).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dsRow, dsWorkbook, sampleDossiers, tempDir, writeBytes, writeDsXlsx } from '../../fixtures/import/dsExport.ts';
import { cliImport, contentDump, fingerprint, newSession, withDb } from '../../fixtures/import/session.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';

let dir: string;
let session: string;
let goodXlsx: string;

beforeAll(async () => {
  dir = tempDir('comitia-hostile-');
  session = await newSession(dir, 'precious.comitia');
  goodXlsx = await writeDsXlsx(dir, 'good.xlsx', { layout: '2024' });
  const first = await cliImport(session, goodXlsx);
  expect(first.json).toMatchObject({ imported: 5 });
});

/** Runs the import and checks the refusal and the untouched session. */
async function refused(args: string[], message: RegExp): Promise<void> {
  const bytes = fingerprint(session);
  const dump = await withDb(session, contentDump);
  const afterOpen = fingerprint(session);
  expect(afterOpen).toBe(bytes);
  const r = await cliImport(session, ...args);
  expect(r.code).toBe(1);
  expect(r.json.error).toMatch(message);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(fingerprint(session)).toBe(bytes);
  expect(await withDb(session, contentDump)).toBe(dump);
}

describe('a source file that cannot be imported leaves the session untouched', () => {
  it('an empty file', async () => {
    await refused([writeBytes(dir, 'vide.xlsx', '')], /« vide\.xlsx » est vide \(0 octet\)/);
    await refused([writeBytes(dir, 'vide.csv', '')], /« vide\.csv » est vide/);
  });

  it('a file that is not what its extension says', async () => {
    await refused([writeBytes(dir, 'renomme.xlsx', 'ID;Nom\n1;A\n')], /« renomme\.xlsx » porte l'extension \.xlsx mais n'est pas un classeur XLSX : son contenu est du texte/);
    await refused([writeBytes(dir, 'classeur.csv', readFileSync(goodXlsx))], /« classeur\.csv » porte l'extension \.csv mais n'est pas un fichier texte CSV.*Renommez-le en \.xlsx/);
    await refused([writeBytes(dir, 'archive.xlsx', buildZip([{ name: 'photo.jpg', data: 'x' }]))], /archive ZIP mais pas un classeur Excel/);
    // ODS is read now; an archive that only claims to be one is refused as such.
    await refused([writeBytes(dir, 'export.ods', buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'store' }]))], /« export\.ods » est une archive ZIP mais pas un classeur ODS/);
  });

  it('a truncated XLSX', async () => {
    const bytes = readFileSync(goodXlsx);
    await refused([writeBytes(dir, 'coupe.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)))], /« coupe\.xlsx » est tronqué ou endommagé/);
  });

  it('an XLSX that would inflate past sane limits', async () => {
    const bomb = buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 0xfffffff0 }]);
    await refused([writeBytes(dir, 'bombe.xlsx', bomb)], /« bombe\.xlsx » est refusé : l'entrée « xl\/worksheets\/sheet1\.xml » annonce 4\.0 Go/);
  });

  it('duplicate IDs within one file, naming the rows', async () => {
    const wb = await dsWorkbook({ layout: '2024' });
    const [first, second] = sampleDossiers();
    wb.getWorksheet('Dossiers')!.addRow(dsRow('2024', { ...second!, id: first!.id }));
    wb.getWorksheet('Dossiers')!.addRow(dsRow('2024', { ...second!, name: 'Encore Bugey Sud' }));
    const path = writeBytes(dir, 'doublons.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    await refused([path], /identifiants en double dans la colonne « ID », rien n'a été importé \(identifiant : lignes\) : 10001 : 2, 8 ; 10002 : 3, 9/);
  });

  it('a header-only file and a file without an ID column', async () => {
    await refused([writeBytes(dir, 'entete.csv', 'ID,Nom\n')], /ne contient aucune ligne de dossier sous l'en-tête \(ligne 1\)/);
    await refused([writeBytes(dir, 'sans-id.csv', 'Collectivité;Pays\nVille A;Mali\n')], /aucune colonne d'identifiant/);
  });
});

describe('a hostile attachments ZIP refuses the whole import and leaves the session untouched', () => {
  it('an entry whose path leaves its folder', async () => {
    const zip = writeBytes(dir, 'evasion.zip', buildZip([
      { name: 'export/dossier-10001/pieces_justificatives/ok.pdf', data: '%PDF-1.4 fictif' },
      { name: 'export/dossier-10001/../../../.bashrc', data: 'echo pwned' },
    ]));
    await refused([goodXlsx, '--attachments', zip], /« evasion\.zip » est refusé : l'entrée « export\/dossier-10001\/\.\.\/\.\.\/\.\.\/\.bashrc » a un chemin qui sort de son dossier/);
  });

  it('declared sizes past sane limits (zip bomb)', async () => {
    const zip = writeBytes(dir, 'bombe.zip', buildZip([{ name: 'export/dossier-10001/pieces_justificatives/gros.pdf', data: 'x', declaredSize: 0xfffffff0 }]));
    await refused([goodXlsx, '--attachments', zip], /« bombe\.zip » est refusé : .*annonce 4\.0 Go/);
    const ratio = writeBytes(dir, 'ratio.zip', buildZip([{ name: 'export/dossier-10001/messagerie/zeros.txt', data: Buffer.alloc(20 * 1024 * 1024) }]));
    await refused([goodXlsx, '--attachments', ratio], /bombe de décompression/);
  });

  it('a ZIP whose directory lies about an entry’s size', async () => {
    const zip = writeBytes(dir, 'menteur.zip', buildZip([{ name: 'export/dossier-10001/pieces_justificatives/a.txt', data: 'y'.repeat(10_000), declaredSize: 12 }]));
    await refused([goodXlsx, '--attachments', zip], /endommagée ou ne correspond pas à la taille annoncée/);
  });

  it('an attachments file that is not a ZIP', async () => {
    await refused([goodXlsx, '--attachments', writeBytes(dir, 'pas-un-zip.zip', 'bonjour')], /tronqué ou endommagé/);
  });
});
