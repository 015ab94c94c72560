/**
 * The one door to pdfmake (0.3.11, Node API; shared/design/toolchain.md). pdfmake is loaded untyped through
 * `createRequire`: @types/pdfmake pulls the DOM lib into every program that imports it, which main/'s layer forbids,
 * so the few shapes we use are declared here instead. Fonts are the DejaVu Sans files of resources/fonts (embedded
 * by pdfkit as subsets); no URL and no other local file may be read while rendering.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { resourcesDir } from '../../paths.ts';
import { finishDocument, type PdfKitDocument } from '../pdf/pdfkitDocument.ts';

/** A pdfmake content node: text, a stack, columns, a table, a list, a canvas… (the subset this project uses). */
export type Content = string | ContentObject | readonly Content[];

export interface ContentObject {
  text?: Content;
  stack?: readonly Content[];
  columns?: readonly Content[];
  ol?: readonly Content[];
  ul?: readonly Content[];
  table?: {
    headerRows?: number;
    widths?: readonly (number | string)[];
    body: readonly (readonly Content[])[];
    dontBreakRows?: boolean;
    keepWithHeaderRows?: number;
  };
  layout?: string;
  canvas?: readonly CanvasShape[];
  toc?: { title?: ContentObject };
  tocItem?: boolean;
  tocMargin?: readonly number[];
  style?: string | readonly string[];
  bold?: boolean;
  italics?: boolean;
  fontSize?: number;
  color?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  margin?: number | readonly number[];
  pageBreak?: 'before' | 'after';
  absolutePosition?: { x: number; y: number };
  width?: number | string;
  colSpan?: number;
  fillColor?: string;
  noWrap?: boolean;
  unbreakable?: boolean;
  headlineLevel?: number;
  id?: string;
  lineHeight?: number;
}

export interface CanvasShape {
  type: 'rect' | 'line';
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
  lineWidth?: number;
  lineColor?: string;
  dash?: { length: number };
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  creator: string;
  producer: string;
  creationDate?: Date;
}

export interface DocDefinition {
  content: Content;
  info: PdfMetadata;
  language: string;
  pageSize: 'A4';
  pageMargins: readonly [number, number, number, number];
  header?: (currentPage: number, pageCount: number) => Content;
  footer?: (currentPage: number, pageCount: number) => Content;
  watermark?: { text: string; color?: string; opacity?: number; bold?: boolean; fontSize?: number; angle?: number };
  styles?: Record<string, Omit<ContentObject, 'text'>>;
  defaultStyle?: Omit<ContentObject, 'text'> & { font?: string };
}

interface PdfMake {
  addFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(dd: Record<string, unknown>): { getBuffer(): Promise<Buffer>; getStream(): Promise<PdfKitDocument> };
}

export const FONT_FAMILY = 'DejaVuSans';

/**
 * pdfkit 0.19 copies the title, author, subject and keywords into the XMP packet without escaping them: an « & » or
 * a « < » in a programme's name would make the XMP ill-formed and the file no PDF/A. The metadata (not the pages)
 * gets « et » and single angle quotes instead.
 */
export function xmpSafeText(text: string): string {
  return text.replace(/\s*&\s*/g, ' et ').replace(/</g, '‹').replace(/>/g, '›');
}

function xmpSafeMetadata(info: PdfMetadata): PdfMetadata {
  const safe = { ...info, title: xmpSafeText(info.title), author: xmpSafeText(info.author), subject: xmpSafeText(info.subject), creator: xmpSafeText(info.creator), producer: xmpSafeText(info.producer) };
  return info.keywords === undefined ? safe : { ...safe, keywords: xmpSafeText(info.keywords) };
}

let pdfmake: PdfMake | null = null;

/** pdfmake, with the fonts registered and the access policies set (once per process: the module is a singleton). */
function engine(): PdfMake {
  if (pdfmake) return pdfmake;
  const loaded = createRequire(import.meta.url)('pdfmake') as PdfMake;
  const fonts = join(resourcesDir(), 'fonts');
  const files = {
    normal: join(fonts, 'DejaVuSans.ttf'),
    bold: join(fonts, 'DejaVuSans-Bold.ttf'),
    italics: join(fonts, 'DejaVuSans-Oblique.ttf'),
    // DejaVu Sans Bold Oblique is not shipped (size budget): bold italics falls back to bold.
    bolditalics: join(fonts, 'DejaVuSans-Bold.ttf'),
  };
  const allowed = new Set(Object.values(files).map((f) => resolve(f)));
  loaded.addFonts({ [FONT_FAMILY]: files });
  // Nothing in the minutes comes from the network; only the font files may be read from disk.
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
  pdfmake = loaded;
  return loaded;
}

/**
 * The full pdfmake definition of a PDF/A-2b file (PDF 1.7, sRGB output intent, XMP with pdfaid part 2 and
 * conformance B, fonts embedded, no encryption, language fr-FR, title shown in the window bar).
 *
 * NOT tagged: pdfmake 0.3.11 marks no content (no BDC/MCID, no structure element); its `tagged` option only asks
 * pdfkit for /MarkInfo /Marked true and an empty StructTreeRoot, which would claim a structure the file does not
 * have. PDF/A-2b does not require tags; accessible (PDF/A-2a, PDF/UA) minutes need another renderer or pdfkit's
 * structure API driven directly.
 *
 * Both doors below use it: the finished bytes, or the same definition laid out as a pdfkit document left open
 * (the first signature's placeholder goes in before `end()`, main/minutes/signing/firstSignature.ts).
 */
export function pdfmakeDefinition(dd: DocDefinition): Record<string, unknown> {
  return {
    ...dd,
    info: xmpSafeMetadata(dd.info),
    version: '1.7',
    subset: 'PDF/A-2b',
    tagged: false,
    displayTitle: true,
    compress: true,
    defaultStyle: { font: FONT_FAMILY, ...dd.defaultStyle },
  };
}

/**
 * The finished PDF/A-2b bytes of a definition (unsigned). `glyphs`: characters added to the regular font's subset
 * although the pages may not draw them, so that a signature box drawn later in that font (the chair's, signed on
 * the finished file: main/minutes/signing/incrementalSignature.ts) finds every glyph it needs.
 */
export async function renderPdf(dd: DocDefinition, options: { glyphs?: string } = {}): Promise<Buffer> {
  if (!options.glyphs) return engine().createPdf(pdfmakeDefinition(dd)).getBuffer();
  const doc = await openPdfDocument(dd);
  const font = doc.provideFont(FONT_FAMILY, false, false);
  for (const char of new Set(options.glyphs)) font.encode(char);
  return finishDocument(doc);
}

/**
 * The same definition laid out but not ended: the first signature (main/minutes/signing/firstSignature.ts) adds its
 * placeholder and visible box on the last page, then ends it. Rendering is identical to `renderPdf`.
 */
export async function openPdfDocument(dd: DocDefinition): Promise<PdfKitDocument> {
  return engine().createPdf(pdfmakeDefinition(dd)).getStream();
}
