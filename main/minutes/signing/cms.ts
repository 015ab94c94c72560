/**
 * The CMS of a PAdES baseline B-B signature (ETSI EN 319 142-1, CAdES detached): SignedData without content,
 * RSA or ECDSA with SHA-256, signed attributes content-type, message-digest and signing-certificate-v2 in DER
 * order, and no signing-time (PAdES puts the claimed time in the signature dictionary's /M). Built with pkijs; the
 * signature value by Node's crypto. The signer's identifiers (issuer name, serial number) are the certificate's
 * own bytes: node-forge's signer re-encodes them and mangles accented names (shared/design/signing.md).
 */
import { createHash, sign } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import { AppError } from '../../../common/result.ts';
import type { SigningIdentity } from './pkcs12.ts';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
} as const;

// A copy of exactly these bytes: a Buffer's `.buffer` may be a larger shared pool, and Buffer#slice does not copy.
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

/**
 * signing-certificate-v2 (RFC 5035): the SHA-256 of the certificate and its issuer and serial number, so the
 * signature names the exact certificate it was made with. The hash algorithm is the default (SHA-256), hence absent.
 */
function signingCertificateV2(certificateDer: Uint8Array, certificate: Certificate): Attribute {
  const issuerName = asn1js.fromBER(certificate.issuer.valueBeforeDecode).result;
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [issuerName] })] }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(certificateDer).digest()) }), issuerSerial],
  });
  return new Attribute({
    type: OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })],
  });
}

/** The attributes in DER order: a SET OF is sorted by the encodings of its elements (X.690 § 11.6). */
function derSorted(attributes: Attribute[]): Attribute[] {
  return attributes
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }))
    .sort((a, b) => compareBytes(a.der, b.der))
    .map((entry) => entry.attribute);
}

function signatureAlgorithm(identity: SigningIdentity): AlgorithmIdentifier {
  const type = identity.privateKey.asymmetricKeyType;
  if (type === 'rsa') return new AlgorithmIdentifier({ algorithmId: OID.sha256WithRsa, algorithmParams: new asn1js.Null() });
  if (type === 'ec') return new AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 });
  throw new AppError('signing.unsupported_key', { type: type ?? 'inconnu' });
}

/** The DER bytes of a detached CAdES SignedData over `content` (the bytes a PDF's /ByteRange covers). */
export function cadesDetachedSignature(content: Uint8Array, identity: SigningIdentity): Uint8Array {
  const certificate = Certificate.fromBER(toArrayBuffer(identity.certificate));
  const attributes = derSorted([
    new Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(content).digest()) })],
    }),
    signingCertificateV2(identity.certificate, certificate),
  ]);
  const signedAttrs = new SignedAndUnsignedAttributes({ type: 0, attributes });
  // What is signed is the attributes' SET OF encoding (tag 0x31), not the [0] IMPLICIT that carries them.
  const toBeSigned = new Uint8Array(signedAttrs.toSchema().toBER(false));
  toBeSigned[0] = 0x31;
  const signerInfo = new SignerInfo({
    version: 1,
    sid: new IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs,
    signatureAlgorithm: signatureAlgorithm(identity),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(sign('sha256', toBeSigned, identity.privateKey)) }),
  });
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: [new AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [identity.certificate, ...identity.chain].map((der) => Certificate.fromBER(toArrayBuffer(der))),
    signerInfos: [signerInfo],
  });
  const contentInfo = new ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** The signer @signpdf/signpdf calls with the bytes the placeholder's /ByteRange covers. */
export class CadesSigner extends Signer {
  readonly #identity: SigningIdentity;

  constructor(identity: SigningIdentity) {
    super();
    this.#identity = identity;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(cadesDetachedSignature(pdfBuffer, this.#identity));
  }
}

/**
 * Fills the file's one /ByteRange placeholder and its /Contents with our CMS (@signpdf/signpdf). A CMS larger than
 * the room reserved is reported by code, with both sizes in bytes.
 */
export async function embedSignature(unsigned: Buffer, identity: SigningIdentity): Promise<Buffer> {
  try {
    return await new SignPdf().sign(unsigned, new CadesSigner(identity));
  } catch (error) {
    const tooLarge = /exceeds placeholder length: (\d+) > (\d+)/.exec(error instanceof Error ? error.message : '');
    if (tooLarge) throw new AppError('signing.signature_too_large', { size: Number(tooLarge[1]) / 2, room: Number(tooLarge[2]) / 2 });
    throw error;
  }
}
