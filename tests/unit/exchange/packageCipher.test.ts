/** The package envelope and the proposed passphrase (main/exchange/packageCipher.ts, passphrase.ts). */
import { wordlist } from '@scure/bip39/wordlists/french.js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../common/result.ts';
import { openPackage, PRODUCT_LOG2_N, sealingLog2N, sealPackage } from '../../../main/exchange/packageCipher.ts';
import { suggestPassphrase } from '../../../main/exchange/passphrase.ts';

const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    return (error as AppError).code;
  }
  return 'accepted';
};

describe('the package envelope', () => {
  it('seals at the product cost unless a test asks for a value in range', () => {
    expect(PRODUCT_LOG2_N).toBeGreaterThanOrEqual(15);
    expect(sealingLog2N({})).toBe(PRODUCT_LOG2_N);
    expect(sealingLog2N({ COMITIA_SCRYPT_LOG2: '10' })).toBe(10);
    expect(sealingLog2N({ COMITIA_SCRYPT_LOG2: '4' })).toBe(PRODUCT_LOG2_N);
    expect(sealingLog2N({ COMITIA_SCRYPT_LOG2: 'beaucoup' })).toBe(PRODUCT_LOG2_N);
  });

  it('opens with the same passphrase however its accents and case were typed, and only with it', async () => {
    const plain = Buffer.from('contenu de session');
    const sealed = await sealPackage(plain, 'Élève café théâtre forêt', 10);
    // The same words with decomposed accents (e + U+0301) and another case.
    const typed = 'e\u0301le\u0300ve CAFE\u0301 the\u0301a\u0302tre fore\u0302t';
    expect((await openPackage(sealed, typed, 'p')).equals(plain)).toBe(true);
    expect(await code(openPackage(sealed, 'élève café théâtre forêts', 'p'))).toBe('exchange.wrong_passphrase');
    const cut = sealed.subarray(0, sealed.length - 1);
    expect(await code(openPackage(cut, 'élève café théâtre forêt', 'p'))).toBe('exchange.package_altered');
    expect(await code(openPackage(Buffer.from('PK\u0003\u0004 not a package'), 'x', 'p'))).toBe('exchange.not_a_package');
    // Each package has its own salt and IV: the same content never gives the same bytes.
    expect((await sealPackage(plain, 'Élève café théâtre forêt', 10)).equals(sealed)).toBe(false);
  });

  it('refuses at once a header stating a cost beyond twice the product\'s (no minutes of scrypt, no gigabytes)', async () => {
    const sealed = await sealPackage(Buffer.from('contenu'), 'Élève café théâtre forêt', 10);
    // Byte 8 is log2 N, 9 is r, 10 is p (the layout in packageCipher.ts).
    for (const [log2N, r, p] of [[20, 16, 4], [18, 16, 1], [17, 8, 4], [19, 8, 1]] as const) {
      const hostile = Buffer.from(sealed);
      hostile.set([log2N, r, p], 8);
      const t0 = performance.now();
      expect(await code(openPackage(hostile, 'Élève café théâtre forêt', 'p'))).toBe('exchange.package_altered');
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
    // The product's own cost still opens (a package sealed by Comitia is never refused for its cost).
    expect(sealingLog2N({ COMITIA_SCRYPT_LOG2: '18' })).toBe(18);
    expect(sealingLog2N({ COMITIA_SCRYPT_LOG2: '20' })).toBe(PRODUCT_LOG2_N);
  });

  it('proposes 6 words of the 2,048-word French list', () => {
    expect(wordlist).toHaveLength(2048);
    const words = new Set(wordlist);
    const proposals = Array.from({ length: 50 }, () => suggestPassphrase());
    for (const p of proposals) {
      expect(p.split(' ')).toHaveLength(6);
      for (const w of p.split(' ')) expect(words.has(w)).toBe(true);
    }
    expect(new Set(proposals).size).toBe(50);
  });
});
