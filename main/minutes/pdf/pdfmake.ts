/**
 * pdfmake on Node, behind a small typed door: loaded with `require` so that neither its missing types nor
 * @types/pdfmake (which drags the DOM library in) reach main/'s type check. Fonts are local TrueType files
 * (DejaVu covers every French character and €); pdfmake may read those and nothing else, and fetches no URL.
 */
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import type { PdfKitDocument } from './pdfkitDocument.ts';

/** A pdfmake document definition (https://pdfmake.github.io/docs/0.3/document-definition-object/). */
export type DocumentDefinition = Record<string, unknown>;

interface PdfMakeServer {
  addFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: DocumentDefinition): { getStream(): Promise<PdfKitDocument>; getBuffer(): Promise<Buffer> };
}

/** Where Debian and Ubuntu put the DejaVu fonts (package fonts-dejavu-core). */
export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';
/** The font family the minutes are set in, as declared to pdfmake. */
export const MINUTES_FONT = 'DejaVuSans';

let loaded: { pdfmake: PdfMakeServer; fontsDir: string } | undefined;

function pdfmakeWithFonts(fontsDir: string): PdfMakeServer {
  if (loaded?.fontsDir === fontsDir) return loaded.pdfmake;
  const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMakeServer;
  const root = resolve(fontsDir) + sep;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(root));
  pdfmake.addFonts({
    [MINUTES_FONT]: {
      normal: join(fontsDir, 'DejaVuSans.ttf'),
      bold: join(fontsDir, 'DejaVuSans-Bold.ttf'),
      italics: join(fontsDir, 'DejaVuSans-Oblique.ttf'),
      bolditalics: join(fontsDir, 'DejaVuSans-BoldOblique.ttf'),
    },
  });
  loaded = { pdfmake, fontsDir };
  return pdfmake;
}

/** The laid-out document, not yet ended: the first signature's placeholder is added before `end()`. */
export function createPdfKitDocument(definition: DocumentDefinition, fontsDir = DEJAVU_DIR): Promise<PdfKitDocument> {
  return pdfmakeWithFonts(fontsDir).createPdf(definition).getStream();
}

/** The finished PDF bytes of a definition, unsigned. */
export function renderPdf(definition: DocumentDefinition, fontsDir = DEJAVU_DIR): Promise<Buffer> {
  return pdfmakeWithFonts(fontsDir).createPdf(definition).getBuffer();
}
