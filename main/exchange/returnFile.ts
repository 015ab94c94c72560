/**
 * The score return file (member → secretariat): JSON `{"format":"comitia-return","version":1,"body":"…","signature":"…"}`
 * where `body` is the return itself as a JSON text and `signature` the Ed25519 signature of its UTF-8 bytes by the
 * member's package key (hex). The file must be exactly what Comitia writes (compact JSON and one final newline):
 * any other byte, even one JSON would ignore, refuses it. https://nodejs.org/api/crypto.html#cryptosignalgorithm-data-key-callback
 */
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../common/result.ts';

const FORMAT = 'comitia-return';
const VERSION = 1;

const text = z.string().min(1).max(200);
/**
 * An instant as Comitia writes it (toISOString): the shape, and a real date and time (the shape alone let
 * `9999-99-99T99:99:99Z` through, found by the fuzz tests, and it became a score's time in the session).
 */
const at = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
  .refine((t) => !Number.isNaN(Date.parse(t)) && new Date(t).toISOString().slice(0, 19) === t.slice(0, 19));

export const returnBodySchema = z.strictObject({
  returnId: z.uuid(),
  sessionUuid: z.uuid(),
  packageId: z.uuid(),
  member: text,
  sequence: z.number().int().positive(),
  createdAt: at,
  auditHead: z.strictObject({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  scores: z.array(
    z.strictObject({ dossier: text, criterion: text, value: z.number(), comment: z.string().max(20_000).nullable(), at }),
  ),
  declarations: z.array(z.strictObject({ dossier: text, reason: z.string().max(20_000), at })),
  // The member's reading notes (private to them; issue 9). Absent from the returns written before they travelled.
  readingNotes: z.array(z.strictObject({ dossier: text, text: z.string().min(1).max(100_000), at })).default([]),
});

export type ReturnBody = z.output<typeof returnBodySchema>;

const envelopeSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  body: z.string(),
  signature: z.string().regex(/^[0-9a-f]{128}$/),
});

export function writeReturn(body: ReturnBody, privateKeyDer: string): string {
  const key = createPrivateKey({ key: Buffer.from(privateKeyDer, 'base64'), format: 'der', type: 'pkcs8' });
  const bodyText = JSON.stringify(body);
  const signature = sign(null, Buffer.from(bodyText, 'utf8'), key).toString('hex');
  return `${JSON.stringify({ format: FORMAT, version: VERSION, body: bodyText, signature })}\n`;
}

export interface ReadReturn {
  body: ReturnBody;
  /** Checks the signature with a public key (SPKI DER, base64) kept in the session. */
  signedBy(publicKeyDer: string): boolean;
}

/** Parses a return file; refuses anything that is not exactly a return as Comitia writes it. */
export function readReturn(bytes: Uint8Array, path: string): ReadReturn {
  const refuse = (detail: string): never => {
    throw new AppError('exchange.return_unreadable', { path, detail });
  };
  const fileText = Buffer.from(bytes).toString('utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch {
    return refuse('JSON');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return refuse('format');
  const { body: bodyText, signature } = envelope.data;
  if (`${JSON.stringify({ format: FORMAT, version: VERSION, body: bodyText, signature })}\n` !== fileText) return refuse('format');
  let bodyRaw: unknown;
  try {
    bodyRaw = JSON.parse(bodyText);
  } catch {
    return refuse('body');
  }
  const body = returnBodySchema.safeParse(bodyRaw);
  if (!body.success) return refuse('body');
  return {
    body: body.data,
    signedBy(publicKeyDer) {
      try {
        const key = createPublicKey({ key: Buffer.from(publicKeyDer, 'base64'), format: 'der', type: 'spki' });
        return verify(null, Buffer.from(bodyText, 'utf8'), key, Buffer.from(signature, 'hex'));
      } catch {
        return false;
      }
    },
  };
}
