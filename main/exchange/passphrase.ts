/**
 * The passphrase the application proposes for a review package: 6 words drawn uniformly (crypto.randomInt) from the
 * French BIP-39 list of 2,048 words (@scure/bip39, audited), i.e. 66 bits, easy to read out over the phone and
 * handed over separately from the file. https://github.com/bitcoin/bips/blob/master/bip-0039/french.txt
 */
import { randomInt } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/french.js';
import { AppError } from '../../common/result.ts';

export const PASSPHRASE_WORDS = 6;
/** A passphrase the user chooses must be at least this long (a proposed one is about 45 characters). */
export const PASSPHRASE_MIN_LENGTH = 12;

export function suggestPassphrase(words = PASSPHRASE_WORDS): string {
  return Array.from({ length: words }, () => wordlist[randomInt(wordlist.length)]!).join(' ');
}

/**
 * The bytes the key is derived from: Unicode NFC (an "é" typed as one or two code points is the same), case
 * folded, spaces collapsed; so a passphrase read aloud and typed again works.
 */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC').trim().toLocaleLowerCase('fr').replace(/\s+/g, ' '), 'utf8');
}

export function checkPassphraseStrength(passphrase: string): void {
  if (passphraseBytes(passphrase).toString('utf8').length < PASSPHRASE_MIN_LENGTH) {
    throw new AppError('exchange.passphrase_weak', { min: PASSPHRASE_MIN_LENGTH });
  }
}
