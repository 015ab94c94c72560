/**
 * Reading a signer's PKCS#12 file (.p12 / .pfx): the certificate and its private key, with the password the user
 * types at signing time (never stored). pkijs reads openssl 3's default files (PBES2, AES-256, PBKDF2) and checks
 * the MAC; the older RC2 / 3DES files (`openssl pkcs12 -legacy`) are refused with a message that says how to
 * convert them. The certificate's DER bytes are kept exactly as they are in the bag: re-encoding a certificate or
 * a name is what breaks accented names (docs: shared/design/signing.md).
 */
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import { CertBag, PFX, PKCS8ShroudedKeyBag, PrivateKeyInfo, SafeContents } from 'pkijs';
import { AppError } from '../../../common/result.ts';

/** A certificate and the key that signs with it, read from a PKCS#12 file. */
export interface SigningIdentity {
  /** The signer's certificate, DER, byte for byte as in the file. */
  certificate: Uint8Array;
  /** The other certificates of the file (issuers), DER as in the file. */
  chain: Uint8Array[];
  privateKey: KeyObject;
}

const OID_KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const OID_SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const OID_CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const OID_X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
/** pkcs-12PbeIds: pbeWithSHAAnd128BitRC4 … pbewithSHAAnd40BitRC2-CBC, the `-legacy` ciphers. */
const LEGACY_PBE_PREFIX = '1.2.840.113549.1.12.1.';

// A copy of exactly these bytes: a Buffer's `.buffer` may be a larger shared pool, and Buffer#slice does not copy.
const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

function isLegacy(algorithmId: string): boolean {
  return algorithmId.startsWith(LEGACY_PBE_PREFIX);
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function spki(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

/** Reads the certificate and private key of a PKCS#12 file; raises `signing.p12_*` codes on a bad file or password. */
export async function readPkcs12(file: Uint8Array, password: string): Promise<SigningIdentity> {
  const passwordBytes = toArrayBuffer(new TextEncoder().encode(password));
  let pfx: PFX;
  try {
    pfx = PFX.fromBER(toArrayBuffer(file));
  } catch (error) {
    throw new AppError('signing.p12_unreadable', { detail: detail(error) });
  }
  try {
    await pfx.parseInternalValues({ password: passwordBytes, checkIntegrity: true });
  } catch (error) {
    if (/integrity/i.test(detail(error))) throw new AppError('signing.p12_wrong_password');
    throw new AppError('signing.p12_unreadable', { detail: detail(error) });
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new AppError('signing.p12_unreadable', { detail: 'authenticatedSafe' });
  try {
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: passwordBytes })) });
  } catch (error) {
    // pkijs decrypts PBES2 only and names the algorithm it does not know: an RC2 / 3DES one is a `-legacy` file.
    if (detail(error).includes(LEGACY_PBE_PREFIX)) throw new AppError('signing.p12_legacy');
    throw new AppError('signing.p12_unreadable', { detail: detail(error) });
  }

  const certificates: Uint8Array[] = [];
  const keys: KeyObject[] = [];
  const contents: SafeContents[] = (safe.parsedValue?.safeContents ?? []).map((c: { value: SafeContents }) => c.value);
  for (const content of contents) {
    for (const bag of content.safeBags) {
      if (bag.bagId === OID_CERT_BAG) {
        const certBag = bag.bagValue as CertBag;
        if (certBag.certId !== OID_X509_CERTIFICATE) continue;
        const value = certBag.certValue;
        if (value instanceof asn1js.OctetString) certificates.push(value.valueBlock.valueHexView.slice());
      } else if (bag.bagId === OID_SHROUDED_KEY_BAG) {
        const shrouded = bag.bagValue as PKCS8ShroudedKeyBag;
        if (isLegacy(shrouded.encryptionAlgorithm.algorithmId)) throw new AppError('signing.p12_legacy');
        const der = Buffer.from(shrouded.toSchema().toBER(false));
        try {
          keys.push(createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: password }));
        } catch {
          throw new AppError('signing.p12_wrong_password');
        }
      } else if (bag.bagId === OID_KEY_BAG) {
        const info = bag.bagValue as PrivateKeyInfo;
        keys.push(createPrivateKey({ key: Buffer.from(info.toSchema().toBER(false)), format: 'der', type: 'pkcs8' }));
      }
    }
  }
  const privateKey = keys[0];
  if (!privateKey) throw new AppError('signing.p12_no_key');
  const type = privateKey.asymmetricKeyType ?? 'inconnu';
  if (type !== 'rsa' && type !== 'ec') throw new AppError('signing.unsupported_key', { type });
  const keySpki = spki(createPublicKey(privateKey));
  const certificate = certificates.find((der) => spki(new X509Certificate(der).publicKey).equals(keySpki));
  if (!certificate) throw new AppError('signing.p12_no_certificate');
  return { certificate, chain: certificates.filter((der) => der !== certificate), privateKey };
}
