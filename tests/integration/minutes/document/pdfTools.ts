/**
 * What the document tests read a PDF with: poppler (pdftotext, pdffonts, pdfinfo) and qpdf, run on a real file in a
 * temporary folder, the way an archivist or a verifier would look at it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfReport {
  /** pdftotext's output, no-break spaces turned into plain spaces. */
  text: string;
  /** pdftotext's output in reading order (no -layout): a wrapped table cell reads as one run of words. */
  plainText: string;
  /** The same with every white space removed (a rotated watermark comes out in pieces). */
  squeezed: string;
  pages: number;
  /** One row per font: name, embedded? */
  fonts: { name: string; embedded: boolean }[];
  qpdfCheck: { status: number | null; output: string };
  /** The file uncompressed by `qpdf --qdf` (XMP, output intent, trailer, page contents readable). */
  qdf: string;
  info: string;
  /**
   * Per page, the words set in very large type (over 40 pt high), joined left to right: the watermark. pdftotext
   * cuts rotated text into pieces (« PR », « OJ », « ET »), which -bbox lets us put back together.
   */
  largeWords: string[];
}

function largeWordsPerPage(bboxHtml: string): string[] {
  return bboxHtml.split('<page ').slice(1).map((page) => {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .filter((m) => Number(m[3]) - Number(m[2]) > 40)
      .map((m) => ({ x: Number(m[1]), text: m[4]! }));
    return words.sort((a, b) => a.x - b.x).map((w) => w.text).join('');
  });
}

export function inspectPdf(pdf: Buffer): PdfReport {
  const dir = mkdtempSync(join(tmpdir(), 'comitia-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const raw = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const text = raw.replace(/[\u00A0\u202F]/g, ' ');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    const fontLines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const fonts = fontLines.map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
    const bbox = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    const qdfFile = join(dir, 'qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdfFile]);
    return {
      text,
      plainText: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\u00A0\u202F]/g, ' '),
      squeezed: text.replace(/\s+/g, ''),
      pages,
      fonts,
      qpdfCheck: { status: check.status, output: `${check.stdout}${check.stderr}` },
      qdf: readFileSync(qdfFile, 'latin1'),
      info,
      largeWords: largeWordsPerPage(bbox),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The content stream of one page (1-based) in the qdf text. */
export function pageContents(qdf: string, page: number): string {
  const start = qdf.indexOf(`%% Contents for page ${page}\n`);
  if (start < 0) return '';
  const end = qdf.indexOf('endstream', start);
  return qdf.slice(start, end);
}

/** The `re` (rectangle) operators of a content stream, as numbers. */
export function rectangles(contents: string): number[][] {
  return [...contents.matchAll(/(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g)].map((m) => m.slice(1, 5).map(Number));
}
