/**
 * Verifying the signatures of a PDF, ours or received from elsewhere (issue 10, `comitia verify --json`): per
 * signature, who signed (the certificate's subject), in which role (/Reason), when (/M), whether the signed bytes
 * are intact (the digest of the /ByteRange matches the CMS message-digest and the CMS signature verifies with the
 * certificate), whether it covers the whole file or an earlier revision, whether the certificate is self-issued and
 * whether the caller's trust store (certificate fingerprints) trusts it; and whether anything but whitespace follows
 * the last signed revision. pdfsig reports bytes appended after signing exactly as a legitimate later revision, so
 * `modifiedAfterLastSignature` says it plainly. The verdicts agree with poppler's pdfsig (tests/integration/minutes).
 *
 * Trust is the user's decision, by certificate: `trusted` is true only when the signer's certificate fingerprint is
 * in the trust store given. A self-issued certificate is never trusted by default, and keeps `selfIssued: true`
 * even when the user has chosen to trust it, so every view can still label it "certificat auto-émis".
 * Supported: RSA PKCS#1 v1.5 and ECDSA signatures over SHA-1/256/384/512; RSA-PSS reports `intact: false`.
 */
import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, type SignerInfo } from 'pkijs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, type PDFObject } from 'pdf-lib';
import { AppError } from '../../../common/result.ts';
import { certificateFacts, normaliseFingerprint } from './certificate.ts';
import { OID } from './cms.ts';
import { roleFromReason } from './roles.ts';
import type { SignatureReport, VerificationResult } from '../../../common/api/contract/minutes.ts';

/**
 * What a verification reports, per signature and for the file: the contract's shapes (common/api/contract/minutes.ts),
 * which the CLI prints as `comitia verify --json` and the interface shows.
 */
export type SignatureVerdict = SignatureReport;
export type VerificationReport = VerificationResult;

export interface VerifyOptions {
  /** SHA-256 fingerprints (hex, any case, colons allowed) of the certificates the user trusts. */
  trustedFingerprints?: readonly string[];
}

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;
/** PDF white-space characters (ISO 32000-1 § 7.2.2). */
const isWhiteSpace = (byte: number) => byte === 0 || byte === 9 || byte === 10 || byte === 12 || byte === 13 || byte === 32;

function onlyWhiteSpaceAfter(pdf: Uint8Array, end: number): boolean {
  for (let i = end; i < pdf.length; i++) if (!isWhiteSpace(pdf[i] ?? 0)) return false;
  return true;
}

function text(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

function date(value: PDFObject | undefined): string | null {
  try {
    return value instanceof PDFString || value instanceof PDFHexString ? value.decodeDate().toISOString() : null;
  } catch {
    return null;
  }
}

interface SignatureDictionary {
  byteRange: number[];
  contents: Uint8Array;
  reason: string | undefined;
  signedAt: string | null;
}

/** The signature dictionaries of the file (any object with /ByteRange and /Contents), in file order. */
function signatureDictionaries(document: PDFDocument): SignatureDictionary[] {
  const found: SignatureDictionary[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const range = object.lookup(PDFName.of('ByteRange'));
    const contents = object.lookup(PDFName.of('Contents'));
    if (!(range instanceof PDFArray) || !(contents instanceof PDFHexString || contents instanceof PDFString)) continue;
    const byteRange = range.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
    found.push({
      byteRange,
      contents: contents.asBytes(),
      reason: text(object.lookup(PDFName.of('Reason'))),
      signedAt: date(object.lookup(PDFName.of('M'))),
    });
  }
  return found.sort((a, b) => (a.byteRange[2] ?? 0) + (a.byteRange[3] ?? 0) - ((b.byteRange[2] ?? 0) + (b.byteRange[3] ?? 0)));
}

/** The bytes the /ByteRange covers, if it is the well-formed two-part range around exactly this /Contents. */
function coveredBytes(pdf: Uint8Array, signature: SignatureDictionary): Uint8Array | null {
  const [start, length1, offset2, length2] = signature.byteRange;
  if (signature.byteRange.length !== 4 || start !== 0 || [length1, offset2, length2].some((n) => n === undefined || !Number.isInteger(n) || n < 0)) return null;
  const gapStart = length1!;
  const gapEnd = offset2!;
  if (gapEnd <= gapStart || gapEnd + length2! > pdf.length) return null;
  // The gap must be the hex string of /Contents, brackets included, and nothing else.
  const gap = Buffer.from(pdf.subarray(gapStart, gapEnd)).toString('latin1');
  if (!/^<[0-9a-fA-F\s]*>$/.test(gap)) return null;
  if (!Buffer.from(gap.slice(1, -1).replace(/\s+/g, ''), 'hex').equals(Buffer.from(signature.contents))) return null;
  return Buffer.concat([pdf.subarray(0, gapStart), pdf.subarray(gapEnd, gapEnd + length2!)]);
}

function attributeValue(signerInfo: SignerInfo, type: string): asn1js.AsnType | undefined {
  return signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === type)?.values[0];
}

function findSignerCertificate(signedData: SignedData, signerInfo: SignerInfo): Uint8Array | undefined {
  const certificates = (signedData.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
  const sid = signerInfo.sid;
  const match =
    sid instanceof IssuerAndSerialNumber
      ? certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber))
      : certificates[0];
  return match ? new Uint8Array(match.toSchema().toBER(false)) : undefined;
}

/** The CMS check: the digest of the covered bytes, the signed attributes' signature, the signing certificate. */
function cmsVerifies(cms: Uint8Array, covered: Uint8Array): { intact: boolean; certificate?: Uint8Array } {
  let signedData: SignedData;
  try {
    const contentInfo = ContentInfo.fromBER(toArrayBuffer(cms));
    if (contentInfo.contentType !== OID.signedData) return { intact: false };
    signedData = new SignedData({ schema: contentInfo.content });
  } catch {
    return { intact: false };
  }
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo || signedData.signerInfos.length !== 1) return { intact: false };
  const certificate = findSignerCertificate(signedData, signerInfo);
  if (!certificate) return { intact: false };
  const digestName = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!digestName) return { intact: false, certificate };
  const digest = createHash(digestName).update(covered).digest();
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  let publicKey;
  try {
    publicKey = new X509Certificate(certificate).publicKey;
  } catch {
    // A damaged certificate inside the signature: nothing to verify against, and nothing to name.
    return { intact: false };
  }
  try {
    if (!signerInfo.signedAttrs) return { intact: verifySignature(digestName, covered, publicKey, signature), certificate };
    const messageDigest = attributeValue(signerInfo, OID.messageDigest);
    if (!(messageDigest instanceof asn1js.OctetString) || !Buffer.from(messageDigest.valueBlock.valueHexView).equals(digest)) {
      return { intact: false, certificate };
    }
    const essCertificate = attributeValue(signerInfo, OID.signingCertificateV2);
    if (essCertificate && !signingCertificateMatches(essCertificate, certificate)) return { intact: false, certificate };
    // signedAttrs.encodedValue: the attributes as received, re-tagged as a SET, which is what was signed.
    const signed = Buffer.from(signerInfo.signedAttrs.encodedValue);
    return { intact: verifySignature(digestName, signed, publicKey, signature), certificate };
  } catch {
    return { intact: false, certificate };
  }
}

/** signing-certificate-v2 names the certificate that signed by its hash: it must be this one. */
function signingCertificateMatches(value: asn1js.AsnType, certificate: Uint8Array): boolean {
  const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return false;
  const [head, second] = first.valueBlock.value;
  // ESSCertIDv2: the hash algorithm is optional (SHA-256 by default), then the hash.
  let algorithm = 'sha256';
  let hash = head;
  if (head instanceof asn1js.Sequence) {
    const oid = head.valueBlock.value[0];
    algorithm = (oid instanceof asn1js.ObjectIdentifier && DIGESTS[oid.valueBlock.toString()]) || '';
    hash = second;
  }
  if (!algorithm || !(hash instanceof asn1js.OctetString)) return false;
  return Buffer.from(hash.valueBlock.valueHexView).equals(createHash(algorithm).update(certificate).digest());
}

/** The signer's facts, or none when the certificate cannot be read (a damaged file must yield a verdict, not a crash). */
function safeCertificateFacts(der: Uint8Array): ReturnType<typeof certificateFacts> | undefined {
  try {
    return certificateFacts(der);
  } catch {
    return undefined;
  }
}

/** Verifies every signature of the PDF; raises `signing.pdf_unreadable` when the file cannot be parsed at all. */
export async function verifyPdfSignatures(pdf: Uint8Array, options: VerifyOptions = {}): Promise<VerificationReport> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
  } catch (error) {
    throw new AppError('signing.pdf_unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  const trusted = new Set((options.trustedFingerprints ?? []).map(normaliseFingerprint));
  let lastEnd = 0;
  const signatures = signatureDictionaries(document).map((signature): SignatureVerdict => {
    const [, , offset2 = 0, length2 = 0] = signature.byteRange;
    const end = offset2 + length2;
    if (Number.isFinite(end)) lastEnd = Math.max(lastEnd, end);
    const covered = coveredBytes(pdf, signature);
    const check = covered ? cmsVerifies(signature.contents, covered) : cmsVerifies(signature.contents, new Uint8Array());
    const facts = check.certificate ? safeCertificateFacts(check.certificate) : undefined;
    return {
      signer: facts?.subject ?? '',
      role: roleFromReason(signature.reason),
      signedAt: signature.signedAt,
      intact: covered !== null && check.intact,
      coversWholeDocument: covered !== null && onlyWhiteSpaceAfter(pdf, end),
      selfIssued: facts?.selfIssued ?? false,
      trusted: facts !== undefined && trusted.has(facts.fingerprint),
      certificateFingerprint: facts?.fingerprint ?? '',
    };
  });
  const modifiedAfterLastSignature = signatures.length > 0 && !onlyWhiteSpaceAfter(pdf, lastEnd);
  return {
    valid: signatures.length > 0 && signatures.every((s) => s.intact) && !modifiedAfterLastSignature,
    modifiedAfterLastSignature,
    signatures,
  };
}
