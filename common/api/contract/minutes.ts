/**
 * The signed minutes (issue 10): generate a version of the procès-verbal from the session, list the versions, sign
 * one (chair, then secretary) with a PKCS#12 whose password travels in the argument only (never stored, never
 * logged), create a self-issued certificate, verify a PDF, keep the trust store, export a version, write the letters.
 */
import { z } from 'zod';
import { ANNEX_PRESET_NAMES, type MinutesVersion } from '../../minutes/versions.ts';
import { method } from '../method.ts';
import { filePath } from '../paths.ts';
import { noArgument } from './session.ts';

export interface SignatureReport {
  /** The signer certificate's subject, `CN=…, O=…` ('' when no certificate could be read). */
  signer: string;
  role: 'chair' | 'secretary' | null;
  /** The claimed signing time (/M), ISO 8601, or null when absent. */
  signedAt: string | null;
  intact: boolean;
  coversWholeDocument: boolean;
  /** « certificat auto-émis »: the interface says so, and never calls such a signature trusted. */
  selfIssued: boolean;
  /** In the user's trust store. */
  trusted: boolean;
  /** SHA-256 of the signer's certificate (hex), what the trust store keeps; '' when no certificate could be read. */
  certificateFingerprint: string;
}

export interface VerificationResult {
  /** Every signature intact, at least one, and nothing after the last signed revision. */
  valid: boolean;
  modifiedAfterLastSignature: boolean;
  signatures: SignatureReport[];
}

export interface CreatedCertificate {
  path: string;
  subject: string;
  fingerprint: string;
}

const annexesSchema = z.union([
  z.enum(ANNEX_PRESET_NAMES as [string, ...string[]], { error: 'minutes.annexes_expected' }),
  z.strictObject({
    attendanceSheet: z.boolean(),
    individualGrids: z.boolean(),
    anonymised: z.boolean().optional(),
    agreement: z.boolean(),
    auditHead: z.boolean(),
  }),
]);
const versionSchema = z.number({ error: 'minutes.version_expected' }).int().min(1);
const passwordSchema = z.string({ error: 'signing.password_empty' }).min(1, 'signing.password_empty');
const fingerprintSchema = z
  .string()
  .transform((text) => text.replace(/[:\s]/g, '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-f]{64}$/, 'minutes.fingerprint_expected'));

export const minutesMethods = {
  minutesList: method<MinutesVersion[]>()(noArgument),
  minutesGenerate: method<MinutesVersion>()(z.strictObject({ annexes: annexesSchema.default('all'), actor: z.string().min(1).nullable().optional() }), ['minutes']),
  minutesFingerprint: method<{ fingerprint: string }>()(noArgument),
  minutesSign: method<MinutesVersion>()(
    z.strictObject({
      version: versionSchema.optional(),
      p12: filePath('certificate'),
      password: passwordSchema,
      role: z.enum(['chair', 'secretary'], { error: 'minutes.role_expected' }),
    }),
    ['minutes'],
  ),
  /** Signs a PDF file (minutes made elsewhere or exported): the chair's on an unsigned file, the next otherwise. */
  minutesSignFile: method<VerificationResult>()(
    z.strictObject({
      pdf: filePath('pdfToSign'),
      p12: filePath('certificate'),
      password: passwordSchema,
      role: z.enum(['chair', 'secretary'], { error: 'minutes.role_expected' }),
      out: filePath('exportTarget'),
    }),
  ),
  minutesCertificateCreate: method<CreatedCertificate>()(
    z.strictObject({
      name: z.string().trim().min(1, 'signing.name_empty'),
      organisation: z.string().trim().optional(),
      password: passwordSchema,
      out: filePath('newCertificate'),
    }),
  ),
  minutesVerify: method<VerificationResult>()(z.strictObject({ pdf: filePath('pdfToVerify').optional(), version: versionSchema.optional() })),
  minutesTrustList: method<string[]>()(noArgument),
  minutesTrustAdd: method<string[]>()(z.strictObject({ fingerprint: fingerprintSchema }), ['settings']),
  minutesTrustRemove: method<string[]>()(z.strictObject({ fingerprint: fingerprintSchema }), ['settings']),
  minutesExport: method<{ path: string; bytes: number }>()(z.strictObject({ version: versionSchema.optional(), out: filePath('exportTarget') })),
  minutesLetters: method<{ files: string[] }>()(z.strictObject({ out: filePath('lettersTarget'), merged: z.boolean().default(false) })),
} as const;
