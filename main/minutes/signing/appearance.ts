/**
 * The visible part of a signature: a framed box on the last page with the role, the signer's name, the date and,
 * for a self-issued certificate, the words "certificat auto-émis" (issue 10). Drawn as a form XObject (the
 * widget's normal appearance) in the document's own embedded font, so nothing outside the file is needed to show
 * it (PDF/A) and the accents of every name are drawn with the glyphs the document carries.
 */
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { AppError } from '../../../common/result.ts';
import { SIGNATURE_FRAMES } from '../document/signatureFrames.ts';
import { roleLabel, type SignerRole } from './roles.ts';

/** Where the box stands on the page, in PDF points from the bottom-left corner. */
export interface SignatureBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A font the appearance can draw with: its name in the XObject's resources, its glyph codes and widths. */
export interface AppearanceFont {
  resourceName: string;
  /** The text as a hexadecimal string of the font's codes; raises `signing.glyph_missing` for a missing glyph. */
  encode(text: string): string;
  /** Advance width of the text at the given size, in points. */
  width(text: string, size: number): number;
}

/**
 * The characters a later signer's box may need, put into the document font's subset at generation time: the
 * secretary signs after the file is closed, with only the glyphs the chair's revision embedded.
 */
export const FRENCH_REPERTOIRE =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' +
  'àâäæçéèêëîïôöœùûüÿÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸáíóúñÁÍÓÚÑãõÃÕåÅøØß' +
  ' \u00a0\u202f.,;:!?\'’"«»()[]/-–—_&@#%+=*°€$£§…';

export interface AppearanceText {
  role: SignerRole;
  signerName: string;
  signingTime: Date;
  selfIssued: boolean;
  /** IANA time zone of the date shown; Europe/Paris by default. */
  timeZone?: string;
}

/** "1er décembre 2026 à 20:42": the signing time in French words, in the committee's time zone. */
export function frenchDateTime(date: Date, timeZone = 'Europe/Paris'): string {
  const text = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
  return text.replace(/^1 /, '1er ');
}

/** The lines of the box, top to bottom, each with its font size. */
export function appearanceLines(text: AppearanceText): { text: string; size: number }[] {
  const lines = [
    { text: roleLabel(text.role), size: 8 },
    { text: text.signerName, size: 10.5 },
    { text: messageText({ code: 'signing.box_date', params: { date: frenchDateTime(text.signingTime, text.timeZone) } }, 'fr'), size: 7.5 },
  ];
  if (text.selfIssued) lines.push({ text: `(${messageText({ code: 'signing.self_issued' }, 'fr')})`, size: 7 });
  return lines;
}

const PADDING = 6;
const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

/** The content stream of the box: a thin frame and the lines, each shrunk to fit the width if need be. */
export function appearanceContent(lines: { text: string; size: number }[], box: SignatureBox, font: AppearanceFont): string {
  const ops = ['q', '0.35 G 0.75 w', `0.375 0.375 ${fmt(box.width - 0.75)} ${fmt(box.height - 0.75)} re S`, 'BT', '0 g'];
  const room = box.width - 2 * PADDING;
  const natural = lines.reduce((sum, line) => sum + line.size * 1.25, 0);
  const scale = Math.min(1, (box.height - 2 * PADDING) / natural);
  let y = box.height - PADDING;
  for (const line of lines) {
    const width = font.width(line.text, line.size * scale);
    const size = line.size * scale * Math.min(1, room / Math.max(width, 1));
    y -= line.size * scale * 1.25;
    ops.push(`/${font.resourceName} ${fmt(size)} Tf`, `1 0 0 1 ${PADDING} ${fmt(y + line.size * scale * 0.25)} Tm`, `<${font.encode(line.text)}> Tj`);
  }
  ops.push('ET', 'Q');
  return ops.join('\n');
}

/**
 * The place of a signer's box on the last page: the frame the minutes draw for that role
 * (main/minutes/document/signatureFrames.ts), chair bottom left, secretary bottom right.
 */
export function defaultSignatureBox(role: SignerRole): SignatureBox {
  const frame = SIGNATURE_FRAMES[role];
  return { x: frame.x, y: frame.y, width: frame.width, height: frame.height };
}

/** Raises the code for the first character of `text` that `hasGlyph` says the font lacks. */
export function requireGlyphs(text: string, hasGlyph: (char: string) => boolean): void {
  for (const char of text) if (!hasGlyph(char)) throw new AppError('signing.glyph_missing', { char });
}
