/**
 * Seeded mutations of a file's bytes, for the fuzz tests: the same seed gives the same files on every run, so a
 * failure names a seed that reproduces it. The generator is the project's one seeded PRNG (common/seededRandom.ts).
 */
import { mulberry32 } from '../../../common/seededRandom.ts';

export type Random = () => number;

export const seeded = (seed: number): Random => mulberry32(seed);

const int = (random: Random, max: number): number => Math.floor(random() * max);

export type Mutation = (data: Buffer, random: Random) => Buffer;

export const bitFlips: Mutation = (data, random) => {
  const out = Buffer.from(data);
  const flips = 1 + int(random, 8);
  for (let i = 0; i < flips; i += 1) {
    const at = int(random, out.length);
    out[at] = out[at]! ^ (1 << int(random, 8));
  }
  return out;
};

export const truncation: Mutation = (data, random) => data.subarray(0, int(random, data.length));

export const insertedRange: Mutation = (data, random) => {
  const at = int(random, data.length);
  const junk = Buffer.alloc(1 + int(random, 64));
  for (let i = 0; i < junk.length; i += 1) junk[i] = int(random, 256);
  return Buffer.concat([data.subarray(0, at), junk, data.subarray(at)]);
};

export const duplicatedRange: Mutation = (data, random) => {
  const start = int(random, data.length);
  const end = Math.min(data.length, start + 1 + int(random, 512));
  const at = int(random, data.length);
  return Buffer.concat([data.subarray(0, at), data.subarray(start, end), data.subarray(at)]);
};

/** Quotes and NUL bytes where a CSV parser looks: the text's own structure. */
export const strayQuotesAndNuls: Mutation = (data, random) => {
  const out = Buffer.from(data);
  const count = 1 + int(random, 6);
  for (let i = 0; i < count; i += 1) out[int(random, out.length)] = random() < 0.5 ? 0x22 : 0x00;
  return out;
};

/**
 * Damages the data of one entry inside a ZIP (an XLSX, an ODS, an attachments archive), leaving the archive's
 * structure readable: the CRC, the deflate stream or the XML inside is what breaks.
 */
export const corruptedEntry: Mutation = (data, random) => {
  const headers: number[] = [];
  for (let i = data.indexOf('PK\u0003\u0004', 0, 'latin1'); i >= 0; i = data.indexOf('PK\u0003\u0004', i + 4, 'latin1')) headers.push(i);
  if (!headers.length) return bitFlips(data, random);
  const header = headers[int(random, headers.length)]!;
  const nameLength = data.readUInt16LE(header + 26);
  const extraLength = data.readUInt16LE(header + 28);
  const compressed = data.readUInt32LE(header + 18);
  const start = header + 30 + nameLength + extraLength;
  const length = Math.max(1, Math.min(compressed || 64, data.length - start));
  const out = Buffer.from(data);
  const flips = 1 + int(random, 4);
  for (let i = 0; i < flips && start < out.length; i += 1) {
    const at = start + int(random, length);
    if (at < out.length) out[at] = out[at]! ^ (1 + int(random, 255));
  }
  return out;
};

/** Bytes added after the end: what a transfer that did not stop where it should leaves. */
export const appendedGarbage: Mutation = (data, random) => {
  const junk = Buffer.alloc(1 + int(random, 256));
  for (let i = 0; i < junk.length; i += 1) junk[i] = int(random, 256);
  return Buffer.concat([data, junk]);
};

export const MUTATIONS: Record<string, Mutation> = { bitFlips, truncation, insertedRange, duplicatedRange, strayQuotesAndNuls, corruptedEntry, appendedGarbage };

/** The `count` mutants of `data`: each with its seed and the mutation applied, reproducible. */
export function mutants(data: Buffer, count: number, seed: number, names: readonly string[]): { seed: number; mutation: string; data: Buffer }[] {
  return Array.from({ length: count }, (_, i) => {
    const s = seed + i;
    const random = seeded(s);
    const mutation = names[i % names.length]!;
    return { seed: s, mutation, data: MUTATIONS[mutation]!(data, random) };
  });
}
