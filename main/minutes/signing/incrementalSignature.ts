/**
 * A further signature (the secretary's) as an incremental update (ISO 32000-1 § 7.5.6): the bytes of the signed
 * file stay as they are, and what follows them adds only the new signature dictionary, its widget and appearance,
 * the page and AcroForm entries that list them, a cross-reference section and a trailer pointing back to the
 * previous one. pdf-lib only reads the file to find objects; nothing is saved through it (its writer rewrites the
 * whole file, which breaks every earlier signature). The box is drawn in the font of the first signature's box.
 *
 * The chair's signature can be made the same way on finished minutes (`signFinishedMinutes`): the stored version's
 * bytes stay the first revision, the form is added by the update, and the box is drawn in the regular font of the
 * last page, whose subset the minutes widen to the French repertoire when they are rendered
 * (main/minutes/document/minutesDocument.ts).
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { AppError } from '../../../common/result.ts';
import { appearanceContent, appearanceLines, defaultSignatureBox } from './appearance.ts';
import { certificateFacts } from './certificate.ts';
import { embedSignature } from './cms.ts';
import { embeddedAppearanceFont } from './embeddedFont.ts';
import { SIGNATURE_ROOM, type SignatureRequest } from './firstSignature.ts';
import { roleLabel } from './roles.ts';

const name = (key: string) => PDFName.of(key);
const unreadable = (detail: string) => new AppError('signing.pdf_unreadable', { detail });

/** `D:YYYYMMDDHHmmssZ`, the PDF date of /M, in UTC. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** The offset of the last cross-reference section (the number after the last `startxref`). */
function lastStartXref(pdf: Buffer): number {
  const at = pdf.lastIndexOf('startxref');
  const match = at < 0 ? null : /^startxref\s+(\d+)/.exec(pdf.subarray(at, at + 40).toString('latin1'));
  if (!match) throw unreadable('startxref');
  return Number(match[1]);
}

/** The last leaf of the page tree, and its MediaBox width (inherited if need be). */
function lastPage(context: PDFContext, pagesRef: PDFObject | undefined): { ref: PDFRef; dict: PDFDict; width: number } {
  let ref = pagesRef;
  let width = 595.28;
  for (let depth = 0; depth < 64 && ref instanceof PDFRef; depth++) {
    const node = context.lookup(ref, PDFDict);
    const box = node.lookup(name('MediaBox'));
    if (box instanceof PDFArray) {
      const [x0, , x1] = box.asArray().map((n) => (context.lookup(n) instanceof PDFNumber ? (context.lookup(n) as PDFNumber).asNumber() : 0));
      width = (x1 ?? 0) - (x0 ?? 0);
    }
    const kids = node.lookup(name('Kids'));
    if (!(kids instanceof PDFArray)) return { ref, dict: node, width };
    ref = kids.get(kids.size() - 1);
  }
  throw unreadable('arbre des pages');
}

/** The font of an earlier signature's box: its resource name and dictionary. */
function signatureBoxFont(context: PDFContext, fields: PDFArray): { resourceName: string; ref: PDFObject; dict: PDFDict } {
  for (const field of fields.asArray()) {
    const widget = context.lookup(field);
    if (!(widget instanceof PDFDict) || widget.lookup(name('FT')) !== name('Sig')) continue;
    const ap = widget.lookup(name('AP'));
    const normal = ap instanceof PDFDict ? ap.lookup(name('N')) : undefined;
    const resources = normal instanceof PDFRawStream ? normal.dict.lookup(name('Resources')) : undefined;
    const fonts = resources instanceof PDFDict ? resources.lookup(name('Font')) : undefined;
    if (!(fonts instanceof PDFDict)) continue;
    for (const [key, ref] of fonts.entries()) {
      const dict = context.lookup(ref);
      if (dict instanceof PDFDict) return { resourceName: key.decodeText(), ref, dict };
    }
  }
  throw new AppError('signing.pdf_not_signed');
}

/** The regular (not bold, not oblique) embedded font of the last page, else its first one. */
function pageFont(context: PDFContext, page: PDFDict): { resourceName: string; ref: PDFObject; dict: PDFDict } {
  const resources = page.lookup(name('Resources'));
  const fonts = resources instanceof PDFDict ? resources.lookup(name('Font')) : undefined;
  const found: { resourceName: string; ref: PDFObject; dict: PDFDict; base: string }[] = [];
  if (fonts instanceof PDFDict) {
    for (const [key, ref] of fonts.entries()) {
      const dict = context.lookup(ref);
      if (!(dict instanceof PDFDict) || dict.lookup(name('Subtype')) !== name('Type0')) continue;
      const base = dict.lookup(name('BaseFont'));
      found.push({ resourceName: key.decodeText(), ref, dict, base: base instanceof PDFName ? base.decodeText() : '' });
    }
  }
  const regular = found.find((f) => !/Bold|Oblique|Italic/.test(f.base)) ?? found[0];
  if (!regular) throw unreadable('police');
  return regular;
}

function withItem(context: PDFContext, array: PDFArray, item: PDFObject): PDFArray {
  const copy = PDFArray.withContext(context);
  for (const existing of array.asArray()) copy.push(existing);
  copy.push(item);
  return copy;
}

function hexText(text: string): string {
  return PDFHexString.fromText(text).toString();
}

/** Appends a signature to a PDF that already bears the first one; returns the whole signed file. */
export function appendSignature(pdf: Uint8Array, request: SignatureRequest): Promise<Buffer> {
  return incrementalSignature(pdf, request, false);
}

/**
 * Signs finished, unsigned minutes (the chair's signature) as an incremental update; a file that already bears a
 * signature gets the next one, exactly as appendSignature.
 */
export function signFinishedMinutes(pdf: Uint8Array, request: SignatureRequest): Promise<Buffer> {
  return incrementalSignature(pdf, request, true);
}

async function incrementalSignature(pdf: Uint8Array, request: SignatureRequest, mayBeFirst: boolean): Promise<Buffer> {
  const base = Buffer.from(pdf);
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(base, { updateMetadata: false });
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  const context = document.context;
  const { Root: rootRef, Info: info, ID: id, Encrypt: encrypt } = context.trailerInfo;
  if (encrypt) throw unreadable('chiffré');
  if (!(rootRef instanceof PDFRef)) throw unreadable('Root');
  const previousXref = lastStartXref(base);
  // A classic table must follow a classic table: the minutes are written so (pdfkit); xref streams are not handled.
  if (base.subarray(previousXref, previousXref + 4).toString('latin1') !== 'xref') throw unreadable('xref stream');

  const catalog = context.lookup(rootRef, PDFDict);
  const acroFormEntry = catalog.get(name('AcroForm'));
  const existingForm = acroFormEntry ? context.lookup(acroFormEntry) : undefined;
  if (!(existingForm instanceof PDFDict) && !mayBeFirst) throw new AppError('signing.pdf_not_signed');
  const acroForm = existingForm instanceof PDFDict ? existingForm : PDFDict.withContext(context);
  const fieldsEntry = acroForm.get(name('Fields'));
  const existingFields = fieldsEntry ? context.lookup(fieldsEntry) : undefined;
  if (!(existingFields instanceof PDFArray) && !mayBeFirst) throw new AppError('signing.pdf_not_signed');
  const fields = existingFields instanceof PDFArray ? existingFields : PDFArray.withContext(context);
  const page = lastPage(context, catalog.get(name('Pages')));
  const font = mayBeFirst && fields.size() === 0 ? pageFont(context, page.dict) : signatureBoxFont(context, fields);

  const signingTime = request.signingTime ?? new Date();
  const facts = certificateFacts(request.identity.certificate);
  const signerName = facts.commonName || facts.subject;
  const box = request.box ?? defaultSignatureBox(request.role);
  const lines = appearanceLines({ role: request.role, signerName, signingTime, selfIssued: facts.selfIssued, timeZone: request.timeZone });
  const content = appearanceContent(lines, box, embeddedAppearanceFont(font.dict, font.resourceName, context));

  let next = context.largestObjectNumber + 1;
  const signatureNumber = next++;
  const appearanceNumber = next++;
  const widgetNumber = next++;
  const widgetRef = PDFRef.of(widgetNumber);
  const placeholder = `/${DEFAULT_BYTE_RANGE_PLACEHOLDER}`;
  const objects = new Map<number, string>();
  // /ByteRange before /Contents: @signpdf/signpdf looks for the /Contents that follows the placeholder.
  objects.set(
    signatureNumber,
    [
      '<<',
      '/Type /Sig',
      '/Filter /Adobe.PPKLite',
      `/SubFilter /${SUBFILTER_ETSI_CADES_DETACHED}`,
      `/ByteRange [0 ${placeholder} ${placeholder} ${placeholder}]`,
      `/Contents <${'0'.repeat(SIGNATURE_ROOM * 2)}>`,
      `/Reason ${hexText(roleLabel(request.role))}`,
      `/M (${pdfDate(signingTime)})`,
      `/Name ${hexText(signerName)}`,
      '/Prop_Build << /Filter << /Name /Adobe.PPKLite >> /App << /Name /Comitia >> >>',
      '>>',
    ].join('\n'),
  );
  objects.set(
    appearanceNumber,
    `<< /Type /XObject /Subtype /Form /BBox [0 0 ${box.width} ${box.height}] /Resources << /Font << /${font.resourceName} ${font.ref.toString()} >> >> /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  );
  const fieldName = `Signature${fields.size() + 1}`;
  objects.set(
    widgetNumber,
    `<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [${box.x} ${box.y} ${box.x + box.width} ${box.y + box.height}] /V ${signatureNumber} 0 R /T (${fieldName}) /F 4 /P ${page.ref.toString()} /AP << /N ${appearanceNumber} 0 R >> >>`,
  );

  // The page lists the widget among its annotations; the form lists it among its fields.
  const annotsEntry = page.dict.get(name('Annots'));
  const annots = annotsEntry ? context.lookup(annotsEntry) : undefined;
  const newAnnots = withItem(context, annots instanceof PDFArray ? annots : PDFArray.withContext(context), widgetRef);
  if (annotsEntry instanceof PDFRef) objects.set(annotsEntry.objectNumber, newAnnots.toString());
  else {
    const updatedPage = page.dict.clone(context);
    updatedPage.set(name('Annots'), newAnnots);
    objects.set(page.ref.objectNumber, updatedPage.toString());
  }
  const newFields = withItem(context, fields, widgetRef);
  const updatedForm = acroForm.clone(context);
  updatedForm.set(name('SigFlags'), PDFNumber.of(3));
  if (fieldsEntry instanceof PDFRef) objects.set(fieldsEntry.objectNumber, newFields.toString());
  else updatedForm.set(name('Fields'), newFields);
  if (acroFormEntry instanceof PDFRef && existingForm instanceof PDFDict) objects.set(acroFormEntry.objectNumber, updatedForm.toString());
  else {
    const updatedCatalog = catalog.clone(context);
    updatedCatalog.set(name('AcroForm'), updatedForm);
    objects.set(rootRef.objectNumber, updatedCatalog.toString());
  }

  const chunks: string[] = ['\n'];
  let offset = base.length + 1;
  const offsets: [number, number][] = [];
  for (const [number, body] of [...objects.entries()].sort((a, b) => a[0] - b[0])) {
    const text = `${number} 0 obj\n${body}\nendobj\n`;
    offsets.push([number, offset]);
    chunks.push(text);
    offset += Buffer.byteLength(text, 'latin1');
  }
  chunks.push(crossReference(offsets));
  chunks.push(
    [
      'trailer',
      '<<',
      `/Size ${next}`,
      `/Root ${rootRef.toString()}`,
      ...(info ? [`/Info ${info.toString()}`] : []),
      ...(id ? [`/ID ${id.toString()}`] : []),
      `/Prev ${previousXref}`,
      '>>',
      'startxref',
      String(offset),
      '%%EOF',
      '',
    ].join('\n'),
  );
  const unsigned = Buffer.concat([base, Buffer.from(chunks.join(''), 'latin1')]);
  return embedSignature(unsigned, request.identity);
}

/** A cross-reference section of in-use entries, one subsection per run of consecutive object numbers. */
function crossReference(offsets: [number, number][]): string {
  const lines = ['xref'];
  let i = 0;
  while (i < offsets.length) {
    let j = i;
    while (j + 1 < offsets.length && offsets[j + 1]![0] === offsets[j]![0] + 1) j++;
    lines.push(`${offsets[i]![0]} ${j - i + 1}`);
    for (let k = i; k <= j; k++) lines.push(`${String(offsets[k]![1]).padStart(10, '0')} 00000 n `);
    i = j + 1;
  }
  return lines.join('\n') + '\n';
}
