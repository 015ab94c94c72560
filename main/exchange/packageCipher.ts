/**
 * The envelope of a review package: a small versioned header in clear, then AES-256-GCM ciphertext and its tag.
 *
 *   magic "CMTPKG" (6) | format 1 (1) | kdf 1 = scrypt (1) | log2 N (1) | r (1) | p (1) | salt (16) | IV (12)
 *   | passphrase check (16) | ciphertext | GCM tag (16)
 *
 * The key comes from the passphrase with scrypt (RFC 7914; a random 16-byte salt per package), 64 bytes derived:
 * the first 32 are the AES key, the last 32 give the passphrase check (SHA-256, first 16 bytes), so that a wrong
 * passphrase is told apart from an altered file. The whole header is GCM's additional data: changing any byte of
 * it, like any byte of the ciphertext, fails authentication. https://nodejs.org/api/crypto.html#cryptoscryptpassword-salt-keylen-options-callback
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { AppError } from '../../common/result.ts';
import { passphraseBytes } from './passphrase.ts';

const MAGIC = Buffer.from('CMTPKG', 'ascii');
const FORMAT = 1;
const KDF_SCRYPT = 1;
const SALT = 16;
const IV = 12;
const CHECK = 16;
const TAG = 16;
export const HEADER_LENGTH = MAGIC.length + 5 + SALT + IV + CHECK;

/** The product's cost: N = 2^17, r = 8, p = 1 (128 MiB, well above the 2^15 floor). */
export const PRODUCT_LOG2_N = 17;
/**
 * What a package may state and still be read: a hostile header must neither make us allocate gigabytes nor keep the
 * member waiting minutes before the refusal (N = 2^20, r = 16, p = 4 took 100 s and 2 GiB, found by the fuzz tests).
 * At most twice the product's work and memory: N·r·p ≤ 2^21 (the product's is 2^20, 128 MiB).
 */
const MIN_LOG2_N = 10;
const MAX_LOG2_N = 18;
const MAX_WORK = 2 ** 21;

/**
 * The cost used when sealing: the product's, unless COMITIA_SCRYPT_LOG2 (tests only: it keeps 8-member round trips
 * fast on a shared machine) asks for a value in the accepted range. Nothing a page sends can lower it.
 */
export function sealingLog2N(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.COMITIA_SCRYPT_LOG2);
  return Number.isInteger(asked) && asked >= MIN_LOG2_N && asked <= MAX_LOG2_N ? asked : PRODUCT_LOG2_N;
}

function derive(passphrase: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** log2N, r, p, maxmem: 256 * 2 ** log2N * r + 2 ** 20 };
  return new Promise((resolve, reject) =>
    scrypt(passphraseBytes(passphrase), salt, 64, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const checkOf = (derived: Buffer) => createHash('sha256').update(derived.subarray(32)).digest().subarray(0, CHECK);

export async function sealPackage(plaintext: Uint8Array, passphrase: string, log2N = sealingLog2N()): Promise<Buffer> {
  const salt = randomBytes(SALT);
  const iv = randomBytes(IV);
  const r = 8;
  const p = 1;
  const derived = await derive(passphrase, salt, log2N, r, p);
  const header = Buffer.concat([MAGIC, Buffer.from([FORMAT, KDF_SCRYPT, log2N, r, p]), salt, iv, checkOf(derived)]);
  const cipher = createCipheriv('aes-256-gcm', derived.subarray(0, 32), iv);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

/** The plaintext, or a refusal naming what is wrong: not a package, unknown format, wrong passphrase, altered. */
export async function openPackage(bytes: Uint8Array, passphrase: string, path: string): Promise<Buffer> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) throw new AppError('exchange.not_a_package', { path });
  if (data.length < HEADER_LENGTH + TAG) throw new AppError('exchange.package_damaged', { path });
  let at = MAGIC.length;
  const format = data[at++]!;
  if (format !== FORMAT) throw new AppError('exchange.package_version', { version: format });
  const kdf = data[at++]!;
  const log2N = data[at++]!;
  const r = data[at++]!;
  const p = data[at++]!;
  // Parameters outside what Comitia writes are an altered header (and must not cost minutes or gigabytes).
  if (kdf !== KDF_SCRYPT || log2N < MIN_LOG2_N || log2N > MAX_LOG2_N || r < 1 || r > 16 || p < 1 || p > 4 || 2 ** log2N * r * p > MAX_WORK) {
    throw new AppError('exchange.package_altered', { path });
  }
  const salt = data.subarray(at, (at += SALT));
  const iv = data.subarray(at, (at += IV));
  const check = data.subarray(at, at + CHECK);
  const header = data.subarray(0, HEADER_LENGTH);
  const derived = await derive(passphrase, salt, log2N, r, p);
  if (!timingSafeEqual(check, checkOf(derived))) throw new AppError('exchange.wrong_passphrase');
  const decipher = createDecipheriv('aes-256-gcm', derived.subarray(0, 32), iv);
  decipher.setAAD(header);
  decipher.setAuthTag(data.subarray(data.length - TAG));
  try {
    return Buffer.concat([decipher.update(data.subarray(HEADER_LENGTH, data.length - TAG)), decipher.final()]);
  } catch {
    throw new AppError('exchange.package_altered', { path });
  }
}
