/**
 * A minimal PDF/A-2b document with the shape of the minutes' last page (a title, a few paragraphs, the two
 * signature blocks), for the signing tests and the benchmark until the real minutes generator lands (issue 10).
 */
import type { DocumentDefinition } from './pdfmake.ts';
import { MINUTES_FONT } from './pdfmake.ts';

export interface TestMinutes {
  title: string;
  chair: string;
  secretary: string;
  /** Paragraphs of body text; enough of them make several pages. */
  paragraphs?: string[];
}

/** The pdfmake definition: PDF/A-2b (XMP, sRGB output intent, embedded fonts), French, with title and author. */
export function testMinutesDefinition(minutes: TestMinutes): DocumentDefinition {
  return {
    version: '1.7',
    subset: 'PDF/A-2b',
    language: 'fr-FR',
    tagged: true,
    displayTitle: true,
    info: { title: minutes.title, author: 'Comitia', subject: 'Procès-verbal de la séance de sélection' },
    defaultStyle: { font: MINUTES_FONT, fontSize: 10 },
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
