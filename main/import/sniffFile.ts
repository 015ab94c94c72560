/**
 * Decides how to read a source file from its extension AND its first bytes, and refuses, in words the secretariat
 * understands, a file that is empty or is not what its extension says (a CSV renamed .xlsx, an old .xls, an ODS).
 */
import { extname } from 'node:path';
import { AppError } from '../../common/result.ts';
import type { SourceFormat } from '../../common/import/types.ts';

type Content = 'zip' | 'ods' | 'ole' | 'pdf' | 'text' | 'binary';

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function contentOf(bytes: Uint8Array): Content {
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 0x03 || b(2) === 0x05) && (b(3) === 0x04 || b(3) === 0x06)) {
    // OpenDocument puts an uncompressed `mimetype` entry first (ODF 1.2, part 3, §3.3).
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    return head.includes(`mimetype${ODS_MIME}`) ? 'ods' : 'zip';
  }
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'ole';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  return bytes.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

const ODS_MESSAGE =
  "le format ODS n'est pas lu par Comitia. Ouvrez le fichier dans LibreOffice et enregistrez-le au format XLSX " +
  '(Fichier > Enregistrer sous > « Excel 2007-365 ») ou CSV, puis importez ce fichier.';
const XLS_MESSAGE =
  "c'est un classeur Excel 97-2003 (.xls), format que Comitia ne lit pas. Ouvrez-le dans Excel ou LibreOffice et " +
  'enregistrez-le au format XLSX, puis importez ce fichier.';

const describe: Record<Content, string> = {
  zip: 'une archive ZIP (un classeur XLSX ?)',
  ods: 'un classeur ODS',
  ole: 'un classeur Excel 97-2003 (.xls)',
  pdf: 'un document PDF',
  text: 'du texte (un CSV ?)',
  binary: 'des données binaires non reconnues',
};

/** The reader to use for `fileName`, or an AppError saying why the file cannot be imported. */
export function sniffSource(fileName: string, bytes: Uint8Array): SourceFormat {
  const name = `« ${fileName} »`;
  if (bytes.length === 0) {
    throw new AppError('empty_file', `${name} est vide (0 octet) : il n'y a rien à importer. Vérifiez que le téléchargement est allé à son terme.`);
  }
  const ext = extname(fileName).toLowerCase();
  const content = contentOf(bytes);
  if (content === 'ods' || ext === '.ods') throw new AppError('ods_unsupported', `${name} : ${ODS_MESSAGE}`);
  if (content === 'ole') throw new AppError('xls_unsupported', `${name} : ${XLS_MESSAGE}`);
  switch (ext) {
    case '.xls':
      throw new AppError(
        'wrong_extension',
        `${name} porte l'extension .xls mais son contenu est ${describe[content]}.` +
          (content === 'zip' ? ' Renommez-le en .xlsx.' : ''),
      );
    case '.xlsx':
    case '.xlsm':
      if (content === 'zip') return 'xlsx';
      throw new AppError(
        'wrong_extension',
        `${name} porte l'extension ${ext} mais n'est pas un classeur XLSX : son contenu est ${describe[content]}.` +
          (content === 'text' ? ' Renommez-le en .csv ou enregistrez-le au format XLSX.' : ''),
      );
    case '.csv':
    case '.txt':
    case '.tsv':
      if (content === 'text') return 'csv';
      throw new AppError(
        'wrong_extension',
        `${name} porte l'extension ${ext} mais n'est pas un fichier texte CSV : son contenu est ${describe[content]}.` +
          (content === 'zip' ? ' Renommez-le en .xlsx.' : ''),
      );
    case '':
      if (content === 'zip') return 'xlsx';
      if (content === 'text') return 'csv';
      throw new AppError('unsupported', `${name} : contenu non reconnu (${describe[content]}). Choisissez un fichier .xlsx ou .csv.`);
    default:
      throw new AppError(
        'unsupported',
        `${name} : l'extension ${ext} n'est pas prise en charge. Choisissez l'export démarches-simplifiées au format .xlsx ou .csv.`,
      );
  }
}
