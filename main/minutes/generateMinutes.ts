/**
 * Generating, signing and exporting the stored minutes (issue 10), for the api handlers (apiHandlers.ts).
 * Generating reads the session (minutesInput.ts), renders the PDF/A file and stores it as the next version; signing
 * adds a state to a stored version: the chair's signature first, on the generated file, then the secretary's, each
 * an incremental update of the previous state (main/minutes/signing/incrementalSignature.ts). The certificate's
 * password is used to open the PKCS#12 and forgotten: it is neither stored nor written to the audit log.
 */
import { ANNEX_PRESETS, type AnnexOptions, type AnnexPreset, type MinutesVersion } from '../../common/minutes/versions.ts';
import { AppError } from '../../common/result.ts';
import type { ProgressEvent } from '../../common/domain/types.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { getMinutesVersion, insertMinutesSignature, insertMinutesVersion, latestMinutesVersion, minutesPdf } from '../db/minutesRepo.ts';
import { renderMinutes } from './document/minutesDocument.ts';
import { sessionMinutes } from './minutesInput.ts';
import { certificateFacts } from './signing/certificate.ts';
import { readPkcs12 } from './signing/pkcs12.ts';
import { signFinishedMinutes } from './signing/incrementalSignature.ts';
import type { SignerRole } from './signing/roles.ts';

export type AnnexChoice = AnnexPreset | (Omit<AnnexOptions, 'anonymised'> & { anonymised?: boolean });

export function annexOptions(choice: AnnexChoice | string): AnnexOptions {
  if (typeof choice === 'string') return ANNEX_PRESETS[choice as AnnexPreset] ?? ANNEX_PRESETS.all;
  return { ...choice, anonymised: choice.anonymised ?? false };
}

const STEPS = 4;

/** Reads the session, renders the minutes and stores them as the next version. */
export async function generateMinutes(
  db: Db,
  choice: AnnexChoice | string,
  options: { actor?: string | null; onProgress?: (event: ProgressEvent) => void; now?: Date } = {},
): Promise<MinutesVersion> {
  const progress = (done: number) => options.onProgress?.({ task: 'minutes', done, total: STEPS });
  const annexes = annexOptions(choice);
  progress(0);
  const { input, auditHead } = sessionMinutes(db, annexes, options.now ? { now: options.now } : {});
  progress(1);
  const rendered = await renderMinutes(input, options.now ? { creationDate: options.now } : {});
  progress(3);
  const version = db.transaction(() => {
    const n = insertMinutesVersion(db, {
      createdAt: (options.now ?? new Date()).toISOString(),
      createdBy: options.actor ?? null,
      annexes,
      locked: input.locked,
      fingerprint: input.fingerprint,
      auditHead,
      pages: rendered.pages,
      pdf: rendered.pdf,
    });
    appendAudit(db, 'minutes.generate', { version: n, fingerprint: input.fingerprint, locked: input.locked, annexes }, options.actor ?? null);
    return n;
  })();
  progress(STEPS);
  return getMinutesVersion(db, version)!;
}

/** The version asked for, or the newest; refuses an unknown one. */
export function resolveVersion(db: Db, version: number | undefined): number {
  const n = version ?? latestMinutesVersion(db);
  if (n === null) throw new AppError('minutes.no_version');
  if (!getMinutesVersion(db, n)) throw new AppError('minutes.version_unknown', { version: n });
  return n;
}

/** Signs a stored version with the PKCS#12 given; the chair first, each role once. */
export async function signStoredMinutes(
  db: Db,
  request: { version?: number; p12: Uint8Array; password: string; role: SignerRole; actor?: string | null; now?: Date },
): Promise<MinutesVersion> {
  const version = resolveVersion(db, request.version);
  const stored = getMinutesVersion(db, version)!;
  if (stored.signatures.some((s) => s.role === request.role)) throw new AppError('minutes.already_signed', { version, role: request.role });
  if (stored.signatures.length >= 2) throw new AppError('minutes.fully_signed', { version });
  if (request.role === 'secretary' && !stored.signatures.some((s) => s.role === 'chair')) throw new AppError('minutes.chair_first', { version });
  const identity = await readPkcs12(request.p12, request.password);
  const facts = certificateFacts(identity.certificate);
  const signingTime = request.now ?? new Date();
  const signed = await signFinishedMinutes(minutesPdf(db, version)!, { identity, role: request.role, signingTime });
  db.transaction(() => {
    const step = insertMinutesSignature(db, version, { role: request.role, signer: facts.subject, signedAt: signingTime.toISOString(), selfIssued: facts.selfIssued, pdf: signed });
    appendAudit(db, 'minutes.sign', { version, step, role: request.role, signer: facts.subject, certificate: facts.fingerprint, selfIssued: facts.selfIssued }, request.actor ?? null);
  })();
  return getMinutesVersion(db, version)!;
}
