/**
 * Mutation fuzzing of `verify` (issue 12): seeded mutants of signed minutes never crash the verifier (a report, or
 * a refusal with a message code), and every mutant changed inside a signed byte range is reported as not intact.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../common/result.ts';
import { openPdfDocument } from '../../../main/minutes/document/pdfRenderer.ts';
import { testMinutesDefinition } from '../../../main/minutes/pdf/testDocument.ts';
import { signUnfinishedDocument } from '../../../main/minutes/signing/firstSignature.ts';
import { readPkcs12 } from '../../../main/minutes/signing/pkcs12.ts';
import { createSelfIssuedPkcs12 } from '../../../main/minutes/signing/selfIssued.ts';
import { verifyPdfSignatures, type VerificationReport } from '../../../main/minutes/signing/verify.ts';
import { mutants, seeded } from './mutate.ts';

let signed: Buffer;
let ranges: [number, number][];

// pdf-lib reports each object it cannot parse on the console; the verdicts are what is checked here.
const quiet = [vi.spyOn(console, 'warn').mockImplementation(() => undefined), vi.spyOn(console, 'log').mockImplementation(() => undefined)];
afterAll(() => quiet.forEach((spy) => spy.mockRestore()));

beforeAll(async () => {
  const identity = await readPkcs12(await createSelfIssuedPkcs12({ commonName: 'Hélène Dupré', organisation: 'DAECT', password: 'p' }), 'p');
  const doc = await openPdfDocument(testMinutesDefinition({ title: 'Procès-verbal', chair: 'Hélène Dupré', secretary: 'Marc Lefèvre' }));
  signed = await signUnfinishedDocument(doc, { identity, role: 'chair', signingTime: new Date('2026-12-01T14:00:00Z') });
  const [a, b, c, d] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(signed.toString('latin1'))!.slice(1).map(Number) as [number, number, number, number];
  ranges = [[a, a + b], [c, c + d]];
}, 60_000);

/** The verifier's answer, or the coded refusal it raised; anything else thrown is a crash and fails the test. */
async function verdict(pdf: Buffer, label: string): Promise<VerificationReport | AppError> {
  try {
    return await verifyPdfSignatures(pdf);
  } catch (error) {
    expect(error, `${label}: ${String(error)}`).toBeInstanceOf(AppError);
    return error as AppError;
  }
}

describe('mutated signed minutes (seeded)', () => {
  it('the unmutated file verifies (the fuzzing starts from a valid signature)', async () => {
    expect(await verifyPdfSignatures(signed)).toMatchObject({ valid: true, signatures: [{ intact: true }] });
  });

  it('100 mutants changed inside a signed range: never intact', async () => {
    for (let i = 0; i < 100; i += 1) {
      const random = seeded(5_000 + i);
      const [start, end] = ranges[i % 2]!;
      const at = start + Math.floor(random() * (end - start));
      const pdf = Buffer.from(signed);
      pdf[at] = pdf[at]! ^ (1 + Math.floor(random() * 255));
      const label = `seed ${5_000 + i} (byte ${at})`;
      const result = await verdict(pdf, label);
      if (result instanceof AppError) continue;
      expect(result.valid, label).toBe(false);
      expect(result.signatures.some((s) => s.intact), label).toBe(false);
    }
  }, 60_000);

  it('60 mutants anywhere (flips, truncation, inserted and duplicated ranges): a report or a coded refusal', async () => {
    for (const m of mutants(signed, 60, 6_000, ['bitFlips', 'truncation', 'insertedRange', 'duplicatedRange'])) {
      const result = await verdict(m.data, `seed ${m.seed} (${m.mutation})`);
      if (!(result instanceof AppError)) expect(typeof result.valid).toBe('boolean');
    }
  }, 60_000);
});
