/**
 * Drawing with a font already embedded in a PDF (a Type0 font with Identity-H codes, as pdfkit writes them):
 * its ToUnicode CMap tells which code draws which character, its /W array how wide each code is. The secretary's
 * box is drawn this way, in the subset the chair's revision embedded: no new font enters the file.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { AppError } from '../../../common/result.ts';
import type { AppearanceFont } from './appearance.ts';
import { requireGlyphs } from './appearance.ts';

// Hex strings may hold spaces (`<0066 0069>`, the "fi" ligature's two characters): they are ignored.
const utf16 = (spaced: string) => {
  const hex = spaced.replace(/\s+/g, '');
  const codes: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) codes.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...codes);
};

/** Code → text from a ToUnicode CMap's bfchar and bfrange sections (a ligature's code maps to several characters). */
export function toUnicodeTexts(cmap: string): Map<number, string> {
  const texts = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]*)>/g)) texts.set(parseInt(src ?? '', 16), utf16(dst ?? ''));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of (section[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F\s]*>|\[[^\]]*\])/g)) {
      const first = parseInt(lo ?? '', 16);
      const last = parseInt(hi ?? '', 16);
      if (rest?.startsWith('[')) {
        [...rest.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((m, i) => texts.set(first + i, utf16(m[1] ?? '')));
      } else {
        const start = utf16((rest ?? '').slice(1, -1));
        const base = start.charCodeAt(start.length - 1);
        for (let code = first; code <= last; code++) texts.set(code, start.slice(0, -1) + String.fromCharCode(base + code - first));
      }
    }
  }
  return texts;
}

/** Character → code for drawing: the one-character mappings of the ToUnicode CMap, the lowest code first. */
export function parseToUnicode(cmap: string): Map<string, number> {
  const codes = new Map<string, number>();
  for (const [code, text] of [...toUnicodeTexts(cmap)].sort((a, b) => a[0] - b[0])) {
    if ([...text].length === 1 && !codes.has(text)) codes.set(text, code);
  }
  return codes;
}

/** Code → width (thousandths of the size) from a CIDFont's /W array: `c [w1 w2 …]` and `c1 c2 w` entries. */
export function parseWidths(w: PDFArray | undefined, context: PDFContext): Map<number, number> {
  const widths = new Map<number, number>();
  const items = w ? w.asArray().map((item) => context.lookup(item)) : [];
  const num = (item: PDFObject | undefined) => (item instanceof PDFNumber ? item.asNumber() : 0);
  for (let i = 0; i < items.length; ) {
    const first = num(items[i]);
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((width, k) => widths.set(first + k, num(context.lookup(width))));
      i += 2;
    } else {
      for (let code = first; code <= num(next); code++) widths.set(code, num(items[i + 2]));
      i += 3;
    }
  }
  return widths;
}

/** An AppearanceFont over an embedded Type0 font dictionary, known in the appearance's resources as `name`. */
export function embeddedAppearanceFont(font: PDFDict, resourceName: string, context: PDFContext): AppearanceFont {
  const toUnicode = font.lookup(PDFName.of('ToUnicode'));
  const descendants = font.lookup(PDFName.of('DescendantFonts'));
  const cidFont = descendants instanceof PDFArray ? descendants.lookup(0) : undefined;
  if (!(toUnicode instanceof PDFRawStream) || !(cidFont instanceof PDFDict)) {
    throw new AppError('signing.pdf_unreadable', { detail: `police ${resourceName} sans ToUnicode ni police CID` });
  }
  const codes = parseToUnicode(Buffer.from(decodePDFRawStream(toUnicode).decode()).toString('latin1'));
  const w = cidFont.lookup(PDFName.of('W'));
  const widths = parseWidths(w instanceof PDFArray ? w : undefined, context);
  const dw = cidFont.lookup(PDFName.of('DW'));
  const defaultWidth = dw instanceof PDFNumber ? dw.asNumber() : 1000;
  return {
    resourceName,
    encode(text) {
      requireGlyphs(text, (char) => codes.has(char));
      return [...text].map((char) => (codes.get(char) ?? 0).toString(16).padStart(4, '0')).join('');
    },
    width: (text, size) => ([...text].reduce((sum, char) => sum + (widths.get(codes.get(char) ?? -1) ?? defaultWidth), 0) * size) / 1000,
  };
}
