/** The minutes methods of the API contract (common/api/contract/minutes.ts). */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MinutesMethod } from '../../common/api/contract.ts';
import { ANNEX_PRESETS } from '../../common/minutes/versions.ts';
import { AppError } from '../../common/result.ts';
import type { HandlerTable } from '../apiContext.ts';
import { listMinutesVersions, minutesPdf } from '../db/minutesRepo.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { generateMinutes, resolveVersion, signStoredMinutes } from './generateMinutes.ts';
import { renderLetters, renderMergedLetters } from './letters/notificationLetters.ts';
import { sessionFingerprint, sessionMinutes } from './minutesInput.ts';
import { certificateFacts } from './signing/certificate.ts';
import { readPkcs12 } from './signing/pkcs12.ts';
import { createSelfIssuedPkcs12 } from './signing/selfIssued.ts';
import { signFinishedMinutes } from './signing/incrementalSignature.ts';
import { verifyPdfSignatures } from './signing/verify.ts';

export const minutesHandlers: HandlerTable<MinutesMethod> = {
  minutesList: (_arg, ctx) => listMinutesVersions(ctx.session.db()),
  minutesGenerate: ({ annexes, actor }, ctx) =>
    generateMinutes(ctx.session.db(), annexes, { actor: actor ?? ctx.actor, onProgress: (event) => ctx.events.progress(event) }),
  minutesFingerprint: (_arg, ctx) => ({ fingerprint: sessionFingerprint(ctx.session.db()) }),
  minutesSign: ({ version, p12, password, role }, ctx) =>
    signStoredMinutes(ctx.session.db(), { ...(version === undefined ? {} : { version }), p12: readFileSync(p12), password, role, actor: ctx.actor }),
  minutesSignFile: async ({ pdf, p12, password, role, out }, ctx) => {
    const identity = await readPkcs12(readFileSync(p12), password);
    const signed = await signFinishedMinutes(readFileSync(pdf), { identity, role });
    writeFileAtomic(out, signed);
    return verifyPdfSignatures(signed, { trustedFingerprints: ctx.settings.get().trustedCertificates });
  },
  minutesCertificateCreate: async ({ name, organisation, password, out }) => {
    const file = await createSelfIssuedPkcs12({ commonName: name, ...(organisation ? { organisation } : {}), password });
    const facts = certificateFacts((await readPkcs12(file, password)).certificate);
    writeFileAtomic(out, file);
    return { path: out, subject: facts.subject, fingerprint: facts.fingerprint };
  },
  minutesVerify: async ({ pdf, version }, ctx) => {
    const trustedFingerprints = ctx.settings.get().trustedCertificates;
    if (pdf !== undefined) return verifyPdfSignatures(readFileSync(pdf), { trustedFingerprints });
    if (version === undefined) throw new AppError('minutes.verify_nothing');
    const db = ctx.session.db();
    return verifyPdfSignatures(minutesPdf(db, resolveVersion(db, version))!, { trustedFingerprints });
  },
  minutesTrustList: (_arg, ctx) => ctx.settings.get().trustedCertificates,
  minutesTrustAdd: ({ fingerprint }, ctx) => {
    ctx.settings.trustCertificate(fingerprint);
    return ctx.settings.get().trustedCertificates;
  },
  minutesTrustRemove: ({ fingerprint }, ctx) => {
    ctx.settings.distrustCertificate(fingerprint);
    return ctx.settings.get().trustedCertificates;
  },
  minutesExport: ({ version, out }, ctx) => {
    const db = ctx.session.db();
    const pdf = minutesPdf(db, resolveVersion(db, version))!;
    writeFileAtomic(out, pdf);
    return { path: out, bytes: pdf.length };
  },
  minutesLetters: async ({ out, merged }, ctx) => {
    const { input } = sessionMinutes(ctx.session.db(), ANNEX_PRESETS.none);
    if (merged) {
      writeFileAtomic(out, await renderMergedLetters(input));
      return { files: [out] };
    }
    mkdirSync(out, { recursive: true });
    const files: string[] = [];
    for (const letter of await renderLetters(input)) {
      const path = join(out, letter.fileName);
      writeFileAtomic(path, letter.pdf);
      files.push(path);
    }
    return { files };
  },
};
