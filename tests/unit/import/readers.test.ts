import iconv from 'iconv-lite';
import { refusal } from './refusal.ts';
import { describe, expect, it } from 'vitest';
import { tableFromSheet } from '../../../main/import/headerRow.ts';
import { detectDelimiter, readCsv } from '../../../main/import/readCsv.ts';
import { sniffSource } from '../../../main/import/sniffFile.ts';
import type { RawSheet } from '../../../main/import/sourceTable.ts';
import { decodeText } from '../../../main/files/textEncoding.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';

describe('finding the header of a hand-made sheet', () => {
  it('skips a title and blank lines above the header', () => {
    const sheet: RawSheet = {
      name: 'Candidatures',
      rows: [
        { row: 1, cells: ['AMI Territoires Volontaires 2022 : candidatures reçues'] },
        { row: 3, cells: ['N° dossier', 'Collectivité', 'Code INSEE'] },
        { row: 4, cells: [12, 'Ville de Bourg-en-Bresse', '01053'] },
        { row: 5, cells: [null, null, null] },
        { row: 6, cells: [13, 'Ville de Fort-de-France', 97209] },
      ],
    };
    const table = tableFromSheet(sheet)!;
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(['N° dossier', 'Collectivité', 'Code INSEE']);
    expect(table.rows.map((r) => r.row)).toEqual([4, 6]);
  });

  it('joins a two-row header under merged group cells, and names columns without a header', () => {
    // Row 1: "Candidat" merged down over rows 1-2, "Missions" merged across C1:D1; row 2: "Envoi", "Accueil".
    const merges: Record<string, { row: number; col: number }> = {
      '2:0': { row: 1, col: 0 },
      '1:3': { row: 1, col: 2 },
    };
    const sheet: RawSheet = {
      name: 'Feuil1',
      rows: [
        { row: 1, cells: ['Candidat', 'Pays', 'Missions', 'Missions'] },
        { row: 2, cells: ['Candidat', null, 'Envoi', 'Accueil'] },
        { row: 3, cells: ['Ville de Bourg-en-Bresse', 'Sénégal', 2, 1, 'note libre'] },
      ],
      mergeMaster: (row, col) => merges[`${row}:${col}`] ?? null,
    };
    const table = tableFromSheet(sheet)!;
    expect(table.headers).toEqual(['Candidat', 'Pays', 'Missions - Envoi', 'Missions - Accueil', 'Colonne E']);
    expect(table.headerRow).toBe(2);
    expect(table.rows).toHaveLength(1);
  });

  it('does not take a data row under a merely merged header for a second header row', () => {
    const sheet: RawSheet = {
      name: 'Feuil1',
      rows: [
        { row: 1, cells: ['Nom', 'Nom', 'Pays'] },
        { row: 2, cells: ['Ville A', 'Ville B', 'Mali'] },
      ],
      mergeMaster: (row, col) => (row === 1 && col === 1 ? { row: 1, col: 0 } : null),
    };
    expect(tableFromSheet(sheet)!.headerRow).toBe(1);
  });

  it('gives duplicate headers a number instead of dropping one', () => {
    const table = tableFromSheet({ name: null, rows: [{ row: 1, cells: ['Pays', 'Pays'] }, { row: 2, cells: ['Mali', 'Niger'] }] })!;
    expect(table.headers).toEqual(['Pays', 'Pays (2)']);
  });
});

describe('CSV', () => {
  it('detects the separator, quotes and commas in text included', () => {
    expect(detectDelimiter('ID;Nom;Pays\n1;"Ville, de A";Mali\n2;B;Niger\n')).toBe(';');
    expect(detectDelimiter('ID,Nom,Pays\n1,"Ville; de A",Mali\n2,B,Niger\n')).toBe(',');
    expect(detectDelimiter('ID\tNom\n1\tA\n')).toBe('\t');
  });

  it('reads UTF-8 with or without BOM, and Windows-1252, and can be told which', () => {
    const text = 'Collectivité;Échelon\nSaint-Étienne;Commune\n';
    expect(decodeText(Buffer.from(text, 'utf8'))).toMatchObject({ text, encoding: 'utf-8', hadBom: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toMatchObject({ text, hadBom: true });
    const cp1252 = iconv.encode(text, 'windows-1252');
    expect(decodeText(cp1252)).toMatchObject({ text, encoding: 'windows-1252' });
    // Forced the wrong way, the accents come out wrong: the override is obeyed.
    expect(decodeText(cp1252, 'utf-8').text).not.toBe(text);
    expect(decodeText(Buffer.from('Œuvre – 5 €', 'utf8'), 'windows-1252').encoding).toBe('windows-1252');
  });

  it('keeps every cell as text, numbering rows as the spreadsheet shows them', () => {
    const csv = readCsv(Buffer.from('ID;Code INSEE;Texte\n1;01053;=1+1\n\n2;97209;"deux\nlignes"\n'), 'a.csv');
    expect(csv.delimiter).toBe(';');
    expect(csv.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [1, 'ID', 'Code INSEE', 'Texte'],
      [2, '1', '01053', '=1+1'],
      [3, ''],
      [4, '2', '97209', 'deux\nlignes'],
    ]);
  });
});

describe('a file that is not what its extension says', () => {
  const zip = buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);

  it('refuses an empty file', () => {
    expect(refusal(() => sniffSource('export.xlsx', Buffer.alloc(0)))).toMatch(/« export\.xlsx » est vide/);
  });

  it('refuses a text file named .xlsx and a workbook named .csv, saying what they are', () => {
    expect(refusal(() => sniffSource('export.xlsx', Buffer.from('ID;Nom\n1;A\n')))).toMatch(/n'est pas un classeur XLSX : son contenu est du texte/);
    expect(refusal(() => sniffSource('export.csv', zip))).toMatch(/n'est pas un fichier texte CSV.*Renommez-le en \.xlsx/);
  });

  it('reads an ODS by its content whatever its name, and explains old .xls files instead of failing obscurely', () => {
    const ods = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]);
    expect(sniffSource('export.ods', ods)).toBe('ods');
    expect(sniffSource('export.xlsx', ods)).toBe('ods');
    expect(refusal(() => sniffSource('export.ods', Buffer.from('ID;Nom\n')))).toMatch(/porte l'extension \.ods mais n'est pas un classeur ODS : son contenu est du texte/);
    expect(refusal(() => sniffSource('export.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatch(/Excel 97-2003/);
    expect(refusal(() => sniffSource('dossier.pdf', Buffer.from('%PDF-1.7')))).toMatch(/extension \.pdf n'est pas prise en charge/);
  });

  it('accepts what matches', () => {
    expect(sniffSource('export.xlsx', zip)).toBe('xlsx');
    expect(sniffSource('export.csv', Buffer.from('ID,Nom\n'))).toBe('csv');
  });
});
