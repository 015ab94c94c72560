/**
 * A minimal PDF/A-2b document with the shape of the minutes' last page (a title, a few paragraphs, the two
 * signature blocks), for the signing tests: it goes through the one pdfmake door (../document/pdfRenderer.ts), so
 * it has the minutes' fonts, metadata and PDF/A settings without the minutes' data.
 */
import type { DocDefinition } from '../document/pdfRenderer.ts';
import { PAGE_MARGIN } from '../document/signatureFrames.ts';

export interface TestMinutes {
  title: string;
  chair: string;
  secretary: string;
  /** Paragraphs of body text; enough of them make several pages. */
  paragraphs?: string[];
}

export function testMinutesDefinition(minutes: TestMinutes): DocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN],
    language: 'fr-FR',
    info: { title: minutes.title, author: 'Comitia', subject: 'Procès-verbal de la séance de sélection', creator: 'Comitia', producer: 'Comitia (pdfmake)' },
    defaultStyle: { fontSize: 10 },
    content: [
      { text: minutes.title, fontSize: 16, bold: true, margin: [0, 0, 0, 12] },
      ...(minutes.paragraphs ?? ['Le comité de sélection s’est réuni et a délibéré ; les décisions figurent ci-dessus.']).map(
        (text) => ({ text, margin: [0, 0, 0, 6] }),
      ),
      {
        columns: [
          { text: `Le président de séance : ${minutes.chair}` },
          { text: `Le secrétaire de séance : ${minutes.secretary}`, alignment: 'right' },
        ],
        margin: [0, 24, 0, 0],
      },
    ],
  };
}
