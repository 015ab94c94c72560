import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../common/domain/types.ts';
import { listMappings } from '../../../main/db/importRepo.ts';
import { previewImport } from '../../../main/import/previewImport.ts';
import { runImport } from '../../../main/import/runImport.ts';
import { tempDir, writeBytes } from '../../fixtures/import/dsExport.ts';
import { cli, cliImport, newSession, withDb } from '../../fixtures/import/session.ts';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const list = async (session: string): Promise<Dossier[]> => JSON.parse((await cli('dossiers', session, '--json')).out) as Dossier[];

/** A sheet typed by the secretariat in French Excel: title lines, ";" separators, Windows-1252. */
const HAND_MADE = [
  'Appel à manifestation d’intérêt « Territoires Volontaires » ;;;;;;',
  ';;;;;;',
  'N° dossier;Collectivité;Échelon;Code INSEE;Pays partenaire;Première expérience à l’international;Nombre d’habitants',
  '101;Saint-Étienne;Commune;42218;Bénin;Oui;"172 718"',
  '102;Métropole de Lyon;Métropole;;Liban;non;1 400 000',
].join('\r\n');

describe('hand-made CSV', () => {
  it('reads ";" and Windows-1252 with the header on row 3', async () => {
    const session = await newSession(dir, 'cp1252.comitia');
    const source = writeBytes(dir, 'candidatures.csv', iconv.encode(HAND_MADE.replace(/’/g, "'"), 'windows-1252'));
    const r = await cliImport(session, source);
    expect(r.json).toMatchObject({ imported: 2, rejected: [] });
    const d = (await list(session)).find((x) => x.id === '101')!;
    expect(d).toMatchObject({ name: 'Saint-Étienne', echelon: 'commune', insee: '42218', departement: '42', countries: ['BEN'], firstTimeInternational: true, population: 172718 });
    const lyon = (await list(session)).find((x) => x.id === '102')!;
    expect(lyon).toMatchObject({ echelon: 'epci', countries: ['LBN'], firstTimeInternational: false, population: 1400000 });
  });

  it('reads UTF-8 with a BOM, and obeys an encoding the user forces', async () => {
    const session = await newSession(dir, 'bom.comitia');
    const source = writeBytes(dir, 'bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HAND_MADE, 'utf8')]));
    await withDb(session, async (db) => {
      const preview = await previewImport(db, { source });
      expect(preview).toMatchObject({ encoding: 'utf-8', delimiter: ';', headerRow: 3, totalRows: 2, layout: 'tableur' });
      expect(preview.rows[0]!.cells[1]).toBe('Saint-Étienne');
      const forced = await previewImport(db, { source, encoding: 'windows-1252' });
      expect(forced.encoding).toBe('windows-1252');
      expect(forced.rows[0]!.cells[1]).not.toBe('Saint-Étienne');
      const report = await runImport(db, { source });
      expect(report).toMatchObject({ imported: 2, encoding: 'utf-8', delimiter: ';', headerRow: 3 });
    });
  });
});

describe('hand-made XLSX with merged header cells', () => {
  it('reads a two-row header under merged group cells, header not on row 1', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Candidatures 2022');
    ws.getCell('A1').value = 'Liste des candidatures (document de travail)';
    ws.getRow(3).values = ['Identifiant', 'Candidat', 'Code INSEE', 'Missions', null, 'Pays'];
    ws.getRow(4).values = [null, null, null, 'Envoi', 'Accueil', null];
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:F4');
    ws.addRow(['A-1', 'Ville de Bourg-en-Bresse', '01053', 2, 1, 'Sénégal']);
    ws.addRow(['A-2', 'Ville de Fort-de-France', '97209', 0, 3, 'Haïti']);
    const source = join(dir, 'fusion.xlsx');
    await wb.xlsx.writeFile(source);
    const session = await newSession(dir, 'merged.comitia');
    await withDb(session, async (db) => {
      const preview = await previewImport(db, { source });
      expect(preview.headers).toEqual(['Identifiant', 'Candidat', 'Code INSEE', 'Missions - Envoi', 'Missions - Accueil', 'Pays']);
      expect(preview.headerRow).toBe(4);
      expect(preview.mapping).toMatchObject({ Identifiant: 'id', Candidat: 'name', 'Code INSEE': 'insee', 'Missions - Envoi': 'missionsSending', 'Missions - Accueil': 'missionsHosting', Pays: 'countries' });
      const report = await runImport(db, { source });
      expect(report.rejected).toEqual([]);
      expect(report.imported).toBe(2);
    });
    expect((await list(session)).find((d) => d.id === 'A-2')).toMatchObject({ missionsSending: 0, missionsHosting: 3, outreMer: true });
  });

  it('takes a formula cell’s cached result, or its formula as text, never computing anything', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Feuil1');
    ws.addRow(['ID', 'Nom', 'Code INSEE', 'Population', 'Calcul']);
    ws.addRow([1, 'Ville de Bourg-en-Bresse', '01053', { formula: '40000+1365', result: 41365 }, { formula: 'NOW()' }]);
    const source = join(dir, 'formules.xlsx');
    await wb.xlsx.writeFile(source);
    const session = await newSession(dir, 'formulas.comitia');
    expect((await cliImport(session, source)).json).toMatchObject({ imported: 1 });
    const [d] = await list(session);
    expect(d).toMatchObject({ population: 41365, extraFields: { Calcul: '=NOW()' } });
  });
});

describe('a column the proposal cannot guess, mapped by the user', () => {
  const csv = 'Réf.;Territoire porteur;Code INSEE;Zone géographique\nT1;Ville de Bourg-en-Bresse;01053;Sénégal\nT2;Ville de Fort-de-France;97209;Haïti\n';

  it('maps it through --mapping FILE.json, saves the mapping under the file’s name, and proposes it again', async () => {
    const session = await newSession(dir, 'mapping.comitia');
    const source = writeBytes(dir, 'tableau.csv', csv);
    // Without a mapping there is no identifier column: nothing is imported, and the user is told why.
    const refused = await cliImport(session, source);
    expect(refused.code).toBe(1);
    expect(refused.json.error).toMatch(/aucune colonne d'identifiant/);
    const mappingFile = writeBytes(dir, 'vague1.json', JSON.stringify({ 'Réf.': 'id', 'Territoire porteur': 'name', 'Zone géographique': 'countries' }));
    const ok = await cliImport(session, source, '--mapping', mappingFile);
    expect(ok.json).toMatchObject({ imported: 2, rejected: [] });
    expect((await list(session)).find((d) => d.id === 'T1')).toMatchObject({ name: 'Ville de Bourg-en-Bresse', countries: ['SEN'] });
    await withDb(session, async (db) => {
      expect(listMappings(db).map((m) => m.name)).toEqual(['vague1']);
      const preview = await previewImport(db, { source });
      expect(preview.savedMappingName).toBe('vague1');
      expect(preview.mapping).toMatchObject({ 'Réf.': 'id', 'Territoire porteur': 'name', 'Zone géographique': 'countries', 'Code INSEE': 'insee' });
      expect(preview.mappingSource).toMatchObject({ 'Réf.': 'saved', 'Code INSEE': 'saved' });
    });
    // Next time, by name, and without saying anything the saved mapping is proposed and applied.
    expect((await cliImport(session, source, '--mapping', 'vague1')).json).toMatchObject({ unchanged: 2 });
    expect((await cliImport(session, source)).json).toMatchObject({ unchanged: 2 });
  });

  it('refuses a mapping file naming an unknown field, or an unknown saved name, in French', async () => {
    const session = await newSession(dir, 'mapping-bad.comitia');
    const source = writeBytes(dir, 'tableau2.csv', csv);
    const bad = writeBytes(dir, 'faux.json', JSON.stringify({ 'Réf.': 'identifiant' }));
    const r = await cliImport(session, source, '--mapping', bad);
    expect(r.code).toBe(1);
    // The file is named, then the column whose field the core does not know.
    expect(r.json.error).toMatch(/Fichier « .*faux\.json » refusé\.\n\s+Réf\. : champ inconnu \(champs possibles : name, /);
    const twice = writeBytes(dir, 'double.json', JSON.stringify({ 'Réf.': 'id', 'Territoire porteur': 'name', 'Zone géographique': 'name' }));
    const doubled = await cliImport(session, source, '--mapping', twice);
    expect(doubled.code).toBe(1);
    expect(doubled.json.error).toMatch(/le champ « name » .*est associé à deux colonnes/);
    const unknown = await cliImport(session, source, '--mapping', 'inexistante');
    expect(unknown.code).toBe(1);
    expect(unknown.json.error).toMatch(/Correspondance « inexistante » introuvable/);
  });
});
