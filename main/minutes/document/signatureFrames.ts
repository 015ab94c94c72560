/**
 * Where the visible signatures go: two empty frames at fixed places on the LAST page of the minutes (A4 portrait,
 * margins 20 mm), so that the signing library (main/minutes/signing/) can draw each signature's appearance in its
 * frame without reading the layout. Chair x 20–100 mm, secretary x 110–190 mm, both y 25–60 mm from the bottom edge.
 *
 * `rect` is in PDF user space (points, origin at the bottom-left corner of the page): what a signature widget's
 * /Rect takes, [llx, lly, urx, ury]. `top` is the same frame measured from the top edge, for pdfmake's absolute
 * positions.
 */

export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 } as const;
export const PAGE_MARGIN_MM = 20;
export const PAGE_MARGIN = PAGE_MARGIN_MM * MM;

export type SignerRole = 'chair' | 'secretary';

export interface SignatureFrame {
  role: SignerRole;
  /** Which page: always the last one of the minutes. */
  page: 'last';
  /** [llx, lly, urx, ury] in points, origin bottom-left. */
  rect: readonly [number, number, number, number];
  x: number;
  /** Bottom edge, from the bottom of the page. */
  y: number;
  width: number;
  height: number;
  /** Top edge, from the top of the page (pdfmake's coordinates). */
  top: number;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

function frame(role: SignerRole, xFromMm: number, xToMm: number): SignatureFrame {
  const llx = round(xFromMm * MM);
  const urx = round(xToMm * MM);
  const lly = round(25 * MM);
  const ury = round(60 * MM);
  return {
    role,
    page: 'last',
    rect: [llx, lly, urx, ury],
    x: llx,
    y: lly,
    width: round(urx - llx),
    height: round(ury - lly),
    top: round(A4.height - ury),
  };
}

export const SIGNATURE_FRAMES: Readonly<Record<SignerRole, SignatureFrame>> = {
  chair: frame('chair', 20, 100),
  secretary: frame('secretary', 110, 190),
};

/** Both frames, in the order the page prints them (chair on the left, secretary on the right). */
export function signatureFrames(): readonly SignatureFrame[] {
  return [SIGNATURE_FRAMES.chair, SIGNATURE_FRAMES.secretary];
}
