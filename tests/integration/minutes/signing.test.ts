/**
 * Signing the minutes end to end, on real files in a temporary folder, checked by our verifier and by the
 * standard tools installed here (poppler's pdfsig, pdftotext and pdffonts; qpdf; openssl): two PAdES signatures
 * with accented names, the first revision kept byte for byte, tampering caught by both verifiers alike.
 * RSA keys are generated once for the file (two signers).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { Attribute, ContentInfo, SignedData } from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import { AppError } from '../../../common/result.ts';
import { openPdfDocument, renderPdf } from '../../../main/minutes/document/pdfRenderer.ts';
import { testMinutesDefinition } from '../../../main/minutes/pdf/testDocument.ts';
import { certificateFacts } from '../../../main/minutes/signing/certificate.ts';
import { signUnfinishedDocument } from '../../../main/minutes/signing/firstSignature.ts';
import { toUnicodeTexts } from '../../../main/minutes/signing/embeddedFont.ts';
import { appendSignature } from '../../../main/minutes/signing/incrementalSignature.ts';
import { readPkcs12, type SigningIdentity } from '../../../main/minutes/signing/pkcs12.ts';
import { createSelfIssuedPkcs12 } from '../../../main/minutes/signing/selfIssued.ts';
import { verifyPdfSignatures } from '../../../main/minutes/signing/verify.ts';

const CHAIR = { commonName: 'Hélène Dupré', organisation: "Délégation à l'action extérieure des collectivités territoriales" };
const SECRETARY = { commonName: 'Marc Lefèvre', organisation: 'Ministère de l’Europe et des Affaires étrangères' };
const CHAIR_SUBJECT = `CN=${CHAIR.commonName}, O=${CHAIR.organisation}`;
const PASSWORD = 'Sésame, ouvre-toi ! € œ';

let dir: string;
let chairP12: Uint8Array;
let chair: SigningIdentity;
let secretary: SigningIdentity;
let onePdf: Buffer;
let twoPdf: Buffer;

const file = (name: string, bytes?: Uint8Array) => {
  const path = join(dir, name);
  if (bytes) writeFileSync(path, bytes);
  return path;
};
/** pdfsig without certificate validation (no NSS database needed): the signature verdicts only. */
const pdfsig = (path: string) => spawnSync('pdfsig', ['-nocert', path], { encoding: 'utf8' }).stdout;
const verdicts = (output: string) => [...output.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1]);
/** Flips one byte of a stream's data (not its dictionary), so that every parser still reads the file. */
function flipInStream(pdf: Buffer, from: number, to: number): Buffer {
  const start = pdf.indexOf('stream\n', from) + 'stream\n'.length;
  const end = pdf.indexOf('endstream', start);
  expect(start).toBeGreaterThan(from);
  expect(end).toBeLessThan(to);
  const copy = Buffer.from(pdf);
  const at = start + Math.floor((end - start) / 2);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
function byteRanges(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/g)].map((m) => m.slice(1).map(Number));
}

/** The lines of text of each signature widget's appearance, decoded through its font's ToUnicode map. */
async function boxTexts(pdf: Buffer): Promise<string[][]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = document.context;
  const lastPage = document.getPages().at(-1)!;
  const form = context.lookup(document.catalog.get(PDFName.of('AcroForm')), PDFDict);
  return form.lookup(PDFName.of('Fields'), PDFArray).asArray().map((ref) => {
    const widget = context.lookup(ref, PDFDict);
    expect(widget.get(PDFName.of('P'))).toBe(lastPage.ref);
    expect(widget.lookup(PDFName.of('F'), PDFNumber).asNumber()).toBe(4);
    const stream = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
    if (!(stream instanceof PDFRawStream)) throw new Error('appearance stream expected');
    const [entry] = stream.dict.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('Font'), PDFDict).entries();
    const cmap = context.lookup(entry![1], PDFDict).lookup(PDFName.of('ToUnicode'));
    if (!(cmap instanceof PDFRawStream)) throw new Error('ToUnicode stream expected');
    const chars = toUnicodeTexts(Buffer.from(decodePDFRawStream(cmap).decode()).toString('latin1'));
    const content = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    return [...content.matchAll(/<([0-9a-f]+)> Tj/g)].map((m) => m[1]!.match(/..../g)!.map((hex) => chars.get(parseInt(hex, 16)) ?? '?').join(''));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comitia-signing-'));
  chairP12 = await createSelfIssuedPkcs12({ ...CHAIR, password: PASSWORD });
  chair = await readPkcs12(chairP12, PASSWORD);
  secretary = await readPkcs12(await createSelfIssuedPkcs12({ ...SECRETARY, password: 'secrétaire' }), 'secrétaire');
  const doc = await openPdfDocument(
    testMinutesDefinition({ title: 'Procès-verbal — Territoires Volontaires 2022', chair: CHAIR.commonName, secretary: SECRETARY.commonName }),
  );
  onePdf = await signUnfinishedDocument(doc, { identity: chair, role: 'chair', signingTime: new Date('2026-12-01T14:00:00Z') });
  twoPdf = await appendSignature(onePdf, { identity: secretary, role: 'secretary', signingTime: new Date('2026-12-01T14:05:00Z') });
  file('one.pdf', onePdf);
  file('two.pdf', twoPdf);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two signatures on PDF/A-2b minutes', () => {
  it('pdfsig finds both valid, the names intact, the last covering the whole document', () => {
    const out = pdfsig(file('two.pdf'));
    expect(verdicts(out)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(out).toContain('Signer Certificate Common Name: Hélène Dupré');
    expect(out).toContain('Signer Certificate Common Name: Marc Lefèvre');
    expect(out).toContain("CN=Hélène Dupré,O=Délégation à l'action extérieure des collectivités territoriales");
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    const coverage = [...out.matchAll(/ (Not total|Total) document signed/g)].map((m) => m[1]);
    expect(coverage).toEqual(['Not total', 'Total']);
  });

  it('qpdf --check finds no error in either file', () => {
    for (const name of ['one.pdf', 'two.pdf']) {
      const run = spawnSync('qpdf', ['--check', file(name)], { encoding: 'utf8' });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('No syntax or stream encoding errors found');
    }
  });

  it('the first revision cut out of the two-signature file is the one-signature file, byte for byte', () => {
    const [first] = byteRanges(twoPdf);
    const end = first![2]! + first![3]!;
    expect(end).toBe(onePdf.length);
    expect(twoPdf.subarray(0, end).equals(onePdf)).toBe(true);
  });

  it('keeps what can be checked of PDF/A-2b: XMP part 2 conformance B, sRGB output intent, embedded fonts, one /ID', () => {
    const text = twoPdf.toString('latin1');
    expect(text).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(text).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(text).toContain('/OutputIntents');
    expect(text).not.toContain('/Encrypt');
    const ids = [...text.matchAll(/\/ID \[\s*(<[0-9a-fA-F]+>)/g)].map((m) => m[1]);
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(1);
    const fonts = execFileSync('pdffonts', [file('two.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+/);
  });

  it('the document text and both visible boxes carry the accented names', () => {
    const text = execFileSync('pdftotext', [file('two.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Hélène Dupré');
    expect(text).toContain('Marc Lefèvre');
  });

  it('draws each visible box on the last page, in the document font: role, name, date in French, self-issued', async () => {
    expect(await boxTexts(twoPdf)).toEqual([
      ['Président de séance', 'Hélène Dupré', 'Signé le 1er décembre 2026 à 15:00', '(certificat auto-émis)'],
      ['Secrétaire de séance', 'Marc Lefèvre', 'Signé le 1er décembre 2026 à 15:05', '(certificat auto-émis)'],
    ]);
  });

  it('records the role in /Reason and the claimed time in /M; the CMS has no signing-time and names its certificate', async () => {
    const text = twoPdf.toString('latin1');
    expect(text).toContain('/M (D:20261201140000Z)');
    expect(text).toContain('/M (D:20261201140500Z)');
    const [range] = byteRanges(twoPdf);
    const hex = twoPdf.subarray(range![1]! + 1, range![2]! - 1).toString('latin1');
    const cms = new SignedData({ schema: ContentInfo.fromBER(new Uint8Array(Buffer.from(hex, 'hex')).buffer).content });
    const types = (cms.signerInfos[0]?.signedAttrs?.attributes ?? []).map((a: Attribute) => a.type);
    expect(types.sort()).toEqual(['1.2.840.113549.1.9.16.2.47', '1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4'].sort());
    expect(types).not.toContain('1.2.840.113549.1.9.5');
  });

  it('verify reports both signatures intact, in order, with roles, times and self-issued certificates', async () => {
    const report = await verifyPdfSignatures(twoPdf);
    expect(report.signatures.map((s) => s.certificateFingerprint)).toEqual([chair, secretary].map((i) => certificateFacts(i.certificate).fingerprint));
    expect({ ...report, signatures: report.signatures.map(({ certificateFingerprint: _, ...rest }) => rest) }).toEqual({
      valid: true,
      modifiedAfterLastSignature: false,
      signatures: [
        { signer: CHAIR_SUBJECT, role: 'chair', signedAt: '2026-12-01T14:00:00.000Z', intact: true, coversWholeDocument: false, selfIssued: true, trusted: false },
        {
          signer: `CN=${SECRETARY.commonName}, O=${SECRETARY.organisation}`,
          role: 'secretary',
          signedAt: '2026-12-01T14:05:00.000Z',
          intact: true,
          coversWholeDocument: true,
          selfIssued: true,
          trusted: false,
        },
      ],
    });
  });

  it('trusts a certificate whose fingerprint is in the trust store, however the fingerprint is written', async () => {
    const fingerprint = certificateFacts(chair.certificate).fingerprint.toUpperCase().match(/../g)!.join(':');
    const report = await verifyPdfSignatures(twoPdf, { trustedFingerprints: [fingerprint] });
    expect(report.signatures.map((s) => s.trusted)).toEqual([true, false]);
    expect(report.signatures.map((s) => s.selfIssued)).toEqual([true, true]);
  });
});

describe('tampering, seen alike by pdfsig and verify', () => {
  it('a byte changed inside the first revision breaks both signatures', async () => {
    const [first] = byteRanges(twoPdf);
    const tampered = flipInStream(twoPdf, first![2]!, onePdf.length);
    expect(verdicts(pdfsig(file('flip-first.pdf', tampered)))).toEqual(['Digest Mismatch.', 'Digest Mismatch.']);
    const report = await verifyPdfSignatures(tampered);
    expect(report.valid).toBe(false);
    expect(report.signatures.map((s) => s.intact)).toEqual([false, false]);
  });

  it('a byte changed only in the second revision breaks only the second signature', async () => {
    const tampered = flipInStream(twoPdf, onePdf.length, twoPdf.length);
    expect(verdicts(pdfsig(file('flip-second.pdf', tampered)))).toEqual(['Signature is Valid.', 'Digest Mismatch.']);
    const report = await verifyPdfSignatures(tampered);
    expect(report.valid).toBe(false);
    expect(report.signatures.map((s) => s.intact)).toEqual([true, false]);
  });

  it('content appended after signing: pdfsig still validates, verify says something follows the last signature', async () => {
    const appended = Buffer.concat([twoPdf, Buffer.from('\n99 0 obj\n(ajout)\nendobj\n', 'latin1')]);
    const out = pdfsig(file('appended.pdf', appended));
    expect(verdicts(out)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    const report = await verifyPdfSignatures(appended);
    expect(report.modifiedAfterLastSignature).toBe(true);
    expect(report.valid).toBe(false);
    expect(report.signatures.map((s) => [s.intact, s.coversWholeDocument])).toEqual([
      [true, false],
      [true, false],
    ]);
  });

  it('white space appended after signing is not a modification', async () => {
    const report = await verifyPdfSignatures(Buffer.concat([twoPdf, Buffer.from('\r\n \n')]));
    expect(report.modifiedAfterLastSignature).toBe(false);
    expect(report.valid).toBe(true);
  });

  it('a CMS larger than the room reserved is refused by code, the file unchanged', async () => {
    const heavy = { ...secretary, chain: Array.from({ length: 10 }, () => chair.certificate) };
    const before = Buffer.from(onePdf);
    const error = await appendSignature(onePdf, { identity: heavy, role: 'secretary' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'signing.signature_too_large', params: { room: 8192 } });
    expect(onePdf.equals(before)).toBe(true);
  });

  it('a later signer whose name has a glyph the document did not embed is told which one, unless it was asked for', async () => {
    const polish = await readPkcs12(await createSelfIssuedPkcs12({ commonName: 'Łucja Wałęsa', password: 'x' }), 'x');
    await expect(appendSignature(onePdf, { identity: polish, role: 'secretary' })).rejects.toMatchObject({
      code: 'signing.glyph_missing',
      params: { char: 'Ł' },
    });
    const doc = await openPdfDocument(testMinutesDefinition({ title: 'PV', chair: CHAIR.commonName, secretary: 'Łucja Wałęsa' }));
    const first = await signUnfinishedDocument(doc, { identity: chair, role: 'chair', laterGlyphs: 'Łucja Wałęsa' });
    const both = await appendSignature(first, { identity: polish, role: 'secretary' });
    expect((await verifyPdfSignatures(both)).valid).toBe(true);
    expect((await boxTexts(both))[1]?.[1]).toBe('Łucja Wałęsa');
  });

  it('a file that is no PDF is named so', async () => {
    await expect(verifyPdfSignatures(Buffer.from('pas un PDF'))).rejects.toMatchObject({ code: 'signing.pdf_unreadable' });
  });

  it('an unsigned PDF is not valid, and the secretary cannot sign first', async () => {
    const unsigned = await renderPdf(
      testMinutesDefinition({ title: 'Projet', chair: CHAIR.commonName, secretary: SECRETARY.commonName }),
    );
    expect(await verifyPdfSignatures(unsigned)).toEqual({ valid: false, modifiedAfterLastSignature: false, signatures: [] });
    await expect(appendSignature(unsigned, { identity: secretary, role: 'secretary' })).rejects.toMatchObject({ code: 'signing.pdf_not_signed' });
  });
});

describe('PKCS#12 files', () => {
  const opensslAvailable = spawnSync('openssl', ['version']).status === 0;
  const pem = (der: Uint8Array) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
  const exportP12 = (name: string, password: string, extra: string[]) => {
    file(`${name}.crt`, Buffer.from(pem(chair.certificate)));
    file(`${name}.key`, Buffer.from(chair.privateKey.export({ type: 'pkcs8', format: 'pem' })));
    return spawnSync(
      'openssl',
      ['pkcs12', '-export', ...extra, '-in', file(`${name}.crt`), '-inkey', file(`${name}.key`), '-out', file(`${name}.p12`), '-passout', `pass:${password}`],
      { encoding: 'utf8' },
    );
  };

  it('a wrong password has its own code and message', async () => {
    const error = await readPkcs12(chairP12, 'pas le bon').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('signing.p12_wrong_password');
    expect(messageText(error as AppError)).toBe('Mot de passe incorrect pour ce fichier de certificat.');
  });

  it('a file that is no PKCS#12 is named so', async () => {
    await expect(readPkcs12(Buffer.from('%PDF-1.7 pas un certificat'), 'x')).rejects.toMatchObject({ code: 'signing.p12_unreadable' });
  });

  it('openssl reads the self-issued file and sees UTF-8 names, issuer = subject', () => {
    const out = execFileSync('openssl', ['pkcs12', '-in', file('chair.p12', chairP12), '-nokeys', '-passin', `pass:${PASSWORD}`], { encoding: 'utf8' });
    const names = execFileSync('openssl', ['x509', '-noout', '-subject', '-issuer', '-nameopt', 'RFC2253,-esc_msb'], { input: out, encoding: 'utf8' });
    expect(names).toContain("subject=CN=Hélène Dupré,O=Délégation à l'action extérieure des collectivités territoriales");
    expect(names).toContain("issuer=CN=Hélène Dupré,O=Délégation à l'action extérieure des collectivités territoriales");
    // UTF8String (tag 0x0C) holding the UTF-8 bytes of the name.
    const cn = Buffer.from(CHAIR.commonName, 'utf8');
    expect(Buffer.from(chair.certificate).includes(Buffer.concat([Buffer.from([0x0c, cn.length]), cn]))).toBe(true);
  });

  it("reads openssl 3's default file (AES-256, PBKDF2) with an accented password, certificate bytes as they are", async (ctx) => {
    if (!opensslAvailable) ctx.skip();
    const run = exportP12('default', PASSWORD, []);
    expect(run.status, run.stderr).toBe(0);
    const identity = await readPkcs12(readFileSync(file('default.p12')), PASSWORD);
    expect(Buffer.from(identity.certificate).equals(Buffer.from(chair.certificate))).toBe(true);
    expect(identity.privateKey.asymmetricKeyType).toBe('rsa');
  });

  it('signs with an ECDSA P-256 key from an openssl file, valid for pdfsig and verify', async () => {
    const key = file('ec.key');
    const crt = file('ec.crt');
    const subject = '/O=Région Île-de-France/CN=Élodie Müller'; // most general first, as issuers write names
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-utf8', '-subj', subject, '-days', '30', '-keyout', key, '-out', crt], { stdio: 'pipe' });
    execFileSync('openssl', ['pkcs12', '-export', '-in', crt, '-inkey', key, '-out', file('ec.p12'), '-passout', 'pass:clé'], { stdio: 'pipe' });
    const identity = await readPkcs12(readFileSync(file('ec.p12')), 'clé');
    expect(identity.privateKey.asymmetricKeyType).toBe('ec');
    const signed = await appendSignature(onePdf, { identity, role: 'secretary' });
    const out = pdfsig(file('ec.pdf', signed));
    expect(verdicts(out)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(out).toContain('Signer Certificate Common Name: Élodie Müller');
    const report = await verifyPdfSignatures(signed);
    expect(report.valid).toBe(true);
    expect(report.signatures[1]).toMatchObject({ signer: 'CN=Élodie Müller, O=Région Île-de-France', role: 'secretary', selfIssued: true });
  });

  it('refuses a -legacy (RC2 / 3DES) file with a message that says how to convert it with openssl', async (ctx) => {
    const run = exportP12('legacy', PASSWORD, ['-legacy']);
    if (run.status !== 0) {
      console.log(`legacy PKCS#12 test skipped: openssl cannot write -legacy files here (${run.stderr.trim().split('\n')[0]})`);
      ctx.skip();
    }
    const error = await readPkcs12(readFileSync(file('legacy.p12')), PASSWORD).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('signing.p12_legacy');
    expect(messageText(error as AppError)).toMatch(/openssl pkcs12 -legacy .* openssl pkcs12 -export/);
  });
});
