/** Small building blocks of the minutes' layout: headings (with their table-of-contents entry), paragraphs, tables. */
import type { Content, ContentObject } from './pdfRenderer.ts';

/** A numbered section heading (level 1 appears in the table of contents). */
export function heading(text: string, level: 1 | 2 = 1): ContentObject {
  return level === 1
    ? { text, style: 'h1', tocItem: true, headlineLevel: 1 }
    : { text, style: 'h2', headlineLevel: 2 };
}

export function paragraph(text: Content, extra: Omit<ContentObject, 'text'> = {}): ContentObject {
  return { text, style: 'p', ...extra };
}

/** A table with one header row repeated on every page it spans. */
export function table(
  header: readonly string[],
  rows: readonly (readonly Content[])[],
  widths: readonly (number | string)[],
  options: { dontBreakRows?: boolean; fontSize?: number } = {},
): ContentObject {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [header.map((h) => ({ text: h, style: 'th' })), ...rows],
      ...(options.dontBreakRows ? { dontBreakRows: true } : {}),
    },
    layout: 'lightHorizontalLines',
    style: 'table',
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  };
}

export function cell(text: string, extra: Omit<ContentObject, 'text'> = {}): ContentObject {
  return { text, ...extra };
}

export function numberCell(text: string): ContentObject {
  return { text, alignment: 'right', noWrap: true };
}
