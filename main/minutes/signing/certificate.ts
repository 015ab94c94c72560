/** What the signing and the verification say about a certificate, read from its own DER bytes. */
import { createHash } from 'node:crypto';
import { Certificate } from 'pkijs';
import { commonName, distinguishedName } from './names.ts';

export interface CertificateFacts {
  /** The subject as RFC 4514 writes it: `CN=Hélène Dupré, O=…`. */
  subject: string;
  /** The subject's CN, the name shown in the signature box. */
  commonName: string;
  /** Issuer = subject (RFC 5280 "self-issued"): nobody but the holder vouches for the name. */
  selfIssued: boolean;
  /** SHA-256 of the DER certificate, lower-case hex: the key of the trust store. */
  fingerprint: string;
}

const sameBytes = (a: ArrayBuffer, b: ArrayBuffer) => Buffer.from(a).equals(Buffer.from(b));

export function certificateFacts(der: Uint8Array): CertificateFacts {
  const certificate = Certificate.fromBER(new Uint8Array(der).buffer);
  return {
    subject: distinguishedName(certificate.subject),
    commonName: commonName(certificate.subject),
    selfIssued: sameBytes(certificate.subject.valueBeforeDecode, certificate.issuer.valueBeforeDecode),
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

/** A fingerprint as people copy it (`AB:CD:…`, spaces, capitals) in the form certificateFacts gives. */
export function normaliseFingerprint(text: string): string {
  return text.replace(/[^0-9a-f]/gi, '').toLowerCase();
}
