/** French typography of the printed documents: spaces around punctuation, dates, times and numbers in words. */
import { describe, expect, it } from 'vitest';
import { dateInWords, dateTimeInWords, frenchNumber, frenchPercent, frenchPunctuation, memberLetter, NBSP, NNBSP, timeInWords } from '../../../../common/minutes/frenchTypography.ts';

describe('frenchPunctuation', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before : and inside guillemets', () => {
    expect(frenchPunctuation('Vraiment ? Oui ! Bien ; merci : fin')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Bien${NNBSP}; merci${NBSP}: fin`);
    expect(frenchPunctuation('Vraiment? Oui! Bien; merci: fin')).toBe(`Vraiment${NNBSP}? Oui${NNBSP}! Bien${NNBSP}; merci${NBSP}: fin`);
    expect(frenchPunctuation('le critère «Qualité du projet» passe')).toBe(`le critère «${NBSP}Qualité du projet${NBSP}» passe`);
    expect(frenchPunctuation('« réaliste » !')).toBe(`«${NBSP}réaliste${NBSP}»${NNBSP}!`);
    expect(frenchPunctuation('Quoi ?!')).toBe(`Quoi${NNBSP}?!`);
  });

  it('leaves marks glued to what follows alone (addresses, times, queries)', () => {
    expect(frenchPunctuation('https://exemple.fr/a?b=1 à 10:30')).toBe('https://exemple.fr/a?b=1 à 10:30');
  });

  it('is idempotent', () => {
    const once = frenchPunctuation('Motif : « conflit » ; voir ? oui !');
    expect(frenchPunctuation(once)).toBe(once);
  });
});

describe('dates, times and numbers', () => {
  it('writes dates in words, the first of the month as « 1er »', () => {
    expect(dateInWords('2022-04-12')).toBe(`12${NBSP}avril${NBSP}2022`);
    expect(dateInWords('2022-05-01')).toBe(`1er${NBSP}mai${NBSP}2022`);
    expect(dateInWords('2022-08-15T10:00:00')).toBe(`15${NBSP}août${NBSP}2022`);
    expect(() => dateInWords('12/04/2022')).toThrow(RangeError);
    expect(() => dateInWords('2022-13-01')).toThrow(RangeError);
  });

  it('writes times as « 14 h 30 » and « 9 h »', () => {
    expect(timeInWords('14:30')).toBe(`14${NBSP}h${NBSP}30`);
    expect(timeInWords('09:00')).toBe(`9${NBSP}h`);
    expect(timeInWords('2022-04-14T10:05:00')).toBe(`10${NBSP}h${NBSP}05`);
    expect(dateTimeInWords('2022-04-14T10:05:00')).toBe(`14${NBSP}avril${NBSP}2022 à 10${NBSP}h${NBSP}05`);
    expect(() => timeInWords('25:00')).toThrow(RangeError);
  });

  it('writes numbers as « 1 234,5 », percentages as « 27,5 % »', () => {
    expect(frenchNumber(1234.5)).toBe(`1${NNBSP}234,5`);
    expect(frenchNumber(1234567.891, 2)).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(frenchNumber(3, 2, true)).toBe('3,00');
    expect(frenchNumber(-0.5, 2, true)).toBe('\u22120,50');
    expect(frenchNumber(-0.001, 2)).toBe('0');
    expect(frenchNumber(999)).toBe('999');
    expect(frenchNumber(Number.NaN)).toBe('—');
    expect(frenchPercent(0.275)).toBe(`27,5${NNBSP}%`);
    expect(frenchPercent(0.3)).toBe(`30${NNBSP}%`);
  });

  it('letters anonymised members A … Z, then AA', () => {
    expect([0, 1, 25, 26, 27].map(memberLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
