/**
 * A self-issued signing certificate for a user who has none: an RSA 2048 key and an X.509 certificate whose issuer
 * is its own subject (RFC 5280 "self-issued"; the verifier recognises it so and never calls it trusted on its own),
 * packed in a PKCS#12 file protected by the user's password, readable by openssl 3 and by readPkcs12.
 * The names are UTF8String, so `CN=Hélène Dupré` travels with its accents.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  Attribute,
  AttributeTypeAndValue,
  AuthenticatedSafe,
  BasicConstraints,
  CertBag,
  Certificate,
  Extension,
  PFX,
  PKCS8ShroudedKeyBag,
  PrivateKeyInfo,
  RelativeDistinguishedNames,
  SafeBag,
  SafeContents,
  type ContentEncryptionAlgorithm,
} from 'pkijs';
import { AppError } from '../../../common/result.ts';

export interface SelfIssuedRequest {
  /** The signer's name, the certificate's CN. */
  commonName: string;
  /** The signer's organisation, the certificate's O (optional). */
  organisation?: string;
  /** Protects the key (PBES2 AES-256-CBC) and the file's MAC. */
  password: string;
  /** First day of validity; now by default. */
  notBefore?: Date;
  /** Validity in days; 3 years by default. */
  validityDays?: number;
}

const OID = {
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyIdentifier: '2.5.29.14',
  extendedKeyUsage: '2.5.29.37',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  localKeyId: '1.2.840.113549.1.9.21',
  /** id-kp-emailProtection, which NSS (pdfsig) accepts for signing documents. */
  emailProtection: '1.3.6.1.5.5.7.3.4',
};

/** PBKDF2 rounds for the key and the certificate (openssl 3's default is 2048; a desktop can afford more). */
const KEY_ITERATIONS = 100_000;
/**
 * AES-256-CBC for the key and the certificates. The type asks for an `iv`, but pkijs draws a fresh random IV for
 * every encryption and ignores this one.
 */
const AES_256_CBC: ContentEncryptionAlgorithm = { name: 'AES-CBC', length: 256, iv: new Uint8Array(16) };
/** Rounds of the PKCS#12 MAC key derivation, computed in JavaScript by pkijs: openssl's default. */
const MAC_ITERATIONS = 2048;

function name(commonName: string, organisation: string | undefined): RelativeDistinguishedNames {
  // One attribute per RDN, most general first in the encoding (O, then CN), so people read `CN=…, O=…` (RFC 4514
  // order). Built as ASN.1 and parsed back so pkijs keeps these bytes as they are (a RelativeDistinguishedNames
  // built from attributes would put them all in one multi-valued RDN).
  const rdn = (type: string, value: string) =>
    new asn1js.Set({ value: [new AttributeTypeAndValue({ type, value: new asn1js.Utf8String({ value }) }).toSchema()] });
  const rdns = organisation ? [rdn(OID.organisation, organisation)] : [];
  rdns.push(rdn(OID.commonName, commonName));
  return RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER(false));
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): Extension {
  return new Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** A self-issued certificate and its key as a password-protected PKCS#12 file (DER bytes). */
export async function createSelfIssuedPkcs12(request: SelfIssuedRequest): Promise<Uint8Array> {
  const commonName = request.commonName.trim();
  if (!commonName) throw new AppError('signing.name_empty');
  if (!request.password) throw new AppError('signing.password_empty');
  const organisation = request.organisation?.trim() || undefined;
  const subtle = globalThis.crypto.subtle;
  const keys = await subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );

  const certificate = new Certificate();
  certificate.version = 2;
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // a positive INTEGER
  certificate.serialNumber = new asn1js.Integer({ valueHex: serial });
  certificate.subject = name(commonName, organisation);
  certificate.issuer = name(commonName, organisation);
  const notBefore = request.notBefore ?? new Date();
  certificate.notBefore.value = notBefore;
  certificate.notAfter.value = new Date(notBefore.getTime() + (request.validityDays ?? 3 * 365) * 86_400_000);
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  const keyId = createHash('sha1').update(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
  certificate.extensions = [
    extension(OID.basicConstraints, true, new BasicConstraints({ cA: false }).toSchema()),
    // digitalSignature and nonRepudiation (contentCommitment): the key signs documents, nothing else.
    extension(OID.keyUsage, true, new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 })),
    extension(OID.extendedKeyUsage, false, new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: OID.emailProtection })] })),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: keyId })),
  ];
  await certificate.sign(keys.privateKey, 'SHA-256');

  const password = new TextEncoder().encode(request.password).buffer;
  const localKeyId = {
    type: OID.localKeyId,
    values: [new asn1js.OctetString({ valueHex: keyId })],
  };
  const keyBag = new PKCS8ShroudedKeyBag({
    parsedValue: PrivateKeyInfo.fromBER(await subtle.exportKey('pkcs8', keys.privateKey)),
  });
  await keyBag.makeInternalValues({
    password,
    contentEncryptionAlgorithm: AES_256_CBC,
    hmacHashAlgorithm: 'SHA-256',
    iterationCount: KEY_ITERATIONS,
  });
  const certBag = new CertBag({ parsedValue: certificate });
  const safe = new AuthenticatedSafe({
    parsedValue: {
      safeContents: [
        {
          privacyMode: 0,
          value: new SafeContents({
            safeBags: [new SafeBag({ bagId: OID.shroudedKeyBag, bagValue: keyBag, bagAttributes: [new Attribute(localKeyId)] })],
          }),
        },
        {
          privacyMode: 1,
          value: new SafeContents({
            safeBags: [new SafeBag({ bagId: OID.certBag, bagValue: certBag, bagAttributes: [new Attribute(localKeyId)] })],
          }),
        },
      ],
    },
  });
  await safe.makeInternalValues({
    safeContents: [
      {},
      { password, contentEncryptionAlgorithm: AES_256_CBC, hmacHashAlgorithm: 'SHA-256', iterationCount: KEY_ITERATIONS },
    ],
  });
  const pfx = new PFX({ parsedValue: { integrityMode: 0, authenticatedSafe: safe } });
  await pfx.makeInternalValues({ password, iterations: MAC_ITERATIONS, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' });
  return new Uint8Array(pfx.toSchema().toBER(false));
}
