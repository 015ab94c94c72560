/**
 * The first signature of the minutes (the chair's), made while pdfmake's pdfkit document is still open: the
 * placeholder of @signpdf/placeholder-pdfkit (signature dictionary, widget on the last page, AcroForm) with a
 * visible appearance drawn in the document's font, then the CAdES CMS embedded by @signpdf/signpdf. The signed
 * file is one revision; the secretary's signature is appended to it (incrementalSignature.ts).
 */
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { finishDocument, type PdfKitDocument, type PdfKitEmbeddedFont, type PdfKitReference } from '../pdf/pdfkitDocument.ts';
import { FONT_FAMILY } from '../document/pdfRenderer.ts';
import { appearanceContent, appearanceLines, defaultSignatureBox, FRENCH_REPERTOIRE, requireGlyphs, type AppearanceFont, type SignatureBox } from './appearance.ts';
import { certificateFacts } from './certificate.ts';
import { embedSignature } from './cms.ts';
import type { SigningIdentity } from './pkcs12.ts';
import { roleLabel, type SignerRole } from './roles.ts';

export interface SignatureRequest {
  identity: SigningIdentity;
  role: SignerRole;
  /** The claimed signing time, written in /M and in the box; now by default. */
  signingTime?: Date;
  /** The box on the last page; by default bottom left for the chair, bottom right for the secretary. */
  box?: SignatureBox;
  /** Time zone of the date in the box; Europe/Paris by default. */
  timeZone?: string;
}

/** Room for the CMS in /Contents: ample for a 4096-bit key and a short chain (an RSA 2048 CMS is about 1.7 kB). */
export const SIGNATURE_ROOM = 8192;
/** Annotation flag Print (PDF/A requires it; no Hidden, NoView). */
const PRINT_FLAG = 4;

function pdfkitAppearanceFont(font: PdfKitEmbeddedFont): AppearanceFont {
  const codes = (text: string) => font.encode(text)[0];
  return {
    resourceName: font.id,
    encode(text) {
      requireGlyphs(text, (char) => !codes(char).includes('0000'));
      return codes(text).join('');
    },
    width: (text, size) => font.widthOfString(text, size),
  };
}

/**
 * Gives every widget @signpdf/placeholder-pdfkit creates the Print flag and the normal appearance: the
 * placeholder writes its objects at once, so they are completed as pdfkit creates them.
 */
function withVisibleWidget(doc: PdfKitDocument, appearance: PdfKitReference): PdfKitDocument {
  return new Proxy(doc, {
    get(target, property) {
      if (property === 'ref') {
        return (data: Record<string, unknown> = {}) =>
          target.ref(data.Subtype === 'Widget' ? { ...data, F: PRINT_FLAG, AP: { N: appearance } } : data);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Signs the open document as its first signer and returns the signed PDF. `fontFamily` is the pdfmake family the
 * box is drawn in; the French repertoire is added to its subset so that later signers find every glyph they need.
 */
export interface FirstSignatureRequest extends SignatureRequest {
  /** The pdfmake font family of the box (the minutes' font by default). */
  fontFamily?: string;
  /**
   * Text whose glyphs later signers' boxes will need beyond the French repertoire (the secretary's name when it
   * has other letters, such as Ł): a later box can only use glyphs embedded now.
   */
  laterGlyphs?: string;
}

export async function signUnfinishedDocument(doc: PdfKitDocument, request: FirstSignatureRequest): Promise<Buffer> {
  const signingTime = request.signingTime ?? new Date();
  const facts = certificateFacts(request.identity.certificate);
  const font = doc.provideFont(request.fontFamily ?? FONT_FAMILY, false, false);
  for (const char of FRENCH_REPERTOIRE + (request.laterGlyphs ?? '')) font.encode(char);

  const box = request.box ?? defaultSignatureBox(request.role);
  const lines = appearanceLines({ role: request.role, signerName: facts.commonName || facts.subject, signingTime, selfIssued: facts.selfIssued, timeZone: request.timeZone });
  const appearance = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, box.width, box.height],
    Resources: { Font: { [font.id]: font.ref() } },
  });
  appearance.end(appearanceContent(lines, box, pdfkitAppearanceFont(font)));

  pdfkitAddPlaceholder({
    pdf: withVisibleWidget(doc, appearance),
    pdfBuffer: Buffer.alloc(0),
    reason: roleLabel(request.role),
    contactInfo: '',
    name: facts.commonName || facts.subject,
    location: '',
    signingTime,
    signatureLength: SIGNATURE_ROOM,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: [box.x, box.y, box.x + box.width, box.y + box.height],
    appName: 'Comitia',
  });
  const unsigned = await finishDocument(doc);
  return embedSignature(unsigned, request.identity);
}
