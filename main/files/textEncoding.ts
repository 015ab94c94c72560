/**
 * Decoding a text export. démarches-simplifiées writes UTF-8 (with a BOM so that Excel reads it); a sheet saved by
 * Excel on Windows as "CSV (séparateur : point-virgule)" is Windows-1252. A file that is valid UTF-8 is read as
 * UTF-8 (Windows-1252 text with accents is almost never valid UTF-8), otherwise as Windows-1252; the user can force
 * either when the guess is wrong.
 */
import iconv from 'iconv-lite';
import type { EncodingChoice, TextEncoding } from '../../common/import/types.ts';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  hadBom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  const hadBom = startsWithUtf8Bom(bytes);
  const body = hadBom ? bytes.subarray(3) : bytes;
  const encoding: TextEncoding = choice !== 'auto' ? choice : hadBom || isValidUtf8(body) ? 'utf-8' : 'windows-1252';
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(body)
      : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252');
  return { text, encoding, hadBom };
}
