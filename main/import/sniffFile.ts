/**
 * Decides how to read a source file from its extension AND its first bytes, and refuses, with a message the
 * secretariat understands, a file that is empty or is not what its extension says (a CSV renamed .xlsx, an old .xls).
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

/** The reader to use for `fileName`, or an AppError saying why the file cannot be imported. */
export function sniffSource(fileName: string, bytes: Uint8Array): SourceFormat {
  const file = fileName;
  if (bytes.length === 0) throw new AppError('import.empty_file', { file });
  const ext = extname(fileName).toLowerCase();
  const content = contentOf(bytes);
  if (content === 'ole') throw new AppError('import.xls_unsupported', { file });
  // An OpenDocument spreadsheet is read as one whatever its name says: its `mimetype` entry cannot lie by accident.
  if (content === 'ods') return 'ods';
  switch (ext) {
    case '.xls':
      throw new AppError(content === 'zip' ? 'import.wrong_extension_xls_zip' : 'import.wrong_extension_xls', { file, content });
    case '.xlsx':
    case '.xlsm':
      if (content === 'zip') return 'xlsx';
      throw new AppError(content === 'text' ? 'import.wrong_extension_xlsx_text' : 'import.wrong_extension_xlsx', { file, ext, content });
    case '.ods':
      // A ZIP without the leading `mimetype` entry may still be an ODS: the reader looks for its content.xml.
      if (content === 'zip') return 'ods';
      throw new AppError('import.wrong_extension_ods', { file, content });
    case '.csv':
    case '.txt':
    case '.tsv':
      if (content === 'text') return 'csv';
      throw new AppError(content === 'zip' ? 'import.wrong_extension_csv_zip' : 'import.wrong_extension_csv', { file, ext, content });
    case '':
      if (content === 'zip') return 'xlsx';
      if (content === 'text') return 'csv';
      throw new AppError('import.unrecognised_content', { file, content });
    default:
      throw new AppError('import.unsupported_extension', { file, ext });
  }
}
