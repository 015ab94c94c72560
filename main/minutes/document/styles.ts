/** The typographic styles of the minutes and letters (DejaVu Sans, sizes in points). */
import type { DocDefinition } from './pdfRenderer.ts';

export const documentStyles: NonNullable<DocDefinition['styles']> = {
  title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 10, 0, 6] },
  subtitle: { fontSize: 10.5, alignment: 'center', margin: [0, 0, 0, 14] },
  draftNotice: { italics: true, alignment: 'center', margin: [0, 0, 0, 12] },
  h1: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 5] },
  h2: { fontSize: 10.5, bold: true, margin: [0, 7, 0, 3] },
  p: { margin: [0, 0, 0, 4], alignment: 'justify' },
  th: { bold: true, fontSize: 8.5 },
  table: { margin: [0, 2, 0, 8] },
  note: { italics: true, margin: [0, 0, 0, 3] },
  header: { fontSize: 7.5, color: '#404040' },
  footer: { fontSize: 6.5, color: '#404040' },
  hash: { fontSize: 9, bold: true, margin: [0, 4, 0, 8] },
  hashLine: { fontSize: 8, margin: [0, 4, 0, 8] },
  letterHead: { fontSize: 9, color: '#404040' },
};
