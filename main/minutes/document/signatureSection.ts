/**
 * The signature page, the very last page of the minutes: « Fait à …, le … », then the chair's and the secretary's
 * blocks (title and name above an empty frame). The frames are drawn at the fixed places of signatureFrames.ts, in
 * absolute positions, so that the signing library finds them without reading the layout; the page holds nothing
 * else, so no flowing text can reach them (the frames start 60 mm above the bottom edge, the page's text ends
 * far above).
 */
import { dateInWords } from '../../../common/minutes/frenchTypography.ts';
import { minutesText as t, typeset } from '../../../common/minutes/minutesText.ts';
import type { MinutesInput, Person } from '../../../common/minutes/types.ts';
import { heading, paragraph } from './blocks.ts';
import type { Content, ContentObject } from './pdfRenderer.ts';
import { MM, SIGNATURE_FRAMES, type SignatureFrame } from './signatureFrames.ts';

/** Height of the title and name lines above a frame. */
const LABEL_BLOCK = 18 * MM;

function signatureBlock(frame: SignatureFrame, title: string, person: Person): ContentObject[] {
  return [
    {
      // A one-cell table: pdfmake honours a table's width at an absolute position (a bare stack runs to the edge).
      table: {
        widths: [frame.width - 8],
        body: [
          [
            {
              stack: [
                { text: title, bold: true },
                { text: typeset(person.name) },
                ...(person.organisation ? [{ text: typeset(person.organisation), fontSize: 7.5 }] : []),
              ],
            },
          ],
        ],
      },
      layout: 'noBorders',
      absolutePosition: { x: frame.x - 4, y: frame.top - LABEL_BLOCK },
    },
    {
      canvas: [{ type: 'rect', x: 0, y: 0, w: frame.width, h: frame.height, lineWidth: 0.5, lineColor: '#808080' }],
      absolutePosition: { x: frame.x, y: frame.top },
    },
  ];
}

export function signatureSection(input: MinutesInput): Content[] {
  const date = dateInWords(input.date);
  return [
    { ...heading(t('minutes.h_signatures')), pageBreak: 'before' },
    paragraph(input.signedAt ? t('minutes.signed_at_place', { place: typeset(input.signedAt), date }) : t('minutes.signed_on', { date })),
    ...signatureBlock(SIGNATURE_FRAMES.chair, t('minutes.sign_chair'), input.chair),
    ...signatureBlock(SIGNATURE_FRAMES.secretary, t('minutes.sign_secretary'), input.secretary),
  ];
}
