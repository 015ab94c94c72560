import { describe, expect, it } from 'vitest';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import {
  cellToText,
  headerKey,
  parseCount,
  parseFrenchDate,
  parseFrenchNumber,
  parseText,
  parseYesNo,
  splitChoices,
} from '../../../common/import/frenchValues.ts';

describe('French values as démarches-simplifiées and French spreadsheets write them', () => {
  it('reads Oui/Non and on/off, and says why anything else is not a yes or no', () => {
    expect(parseYesNo('Oui')).toEqual({ ok: true, value: true });
    expect(parseYesNo(' non ')).toEqual({ ok: true, value: false });
    expect(parseYesNo('on')).toEqual({ ok: true, value: true });
    expect(parseYesNo('off')).toEqual({ ok: true, value: false });
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo('')).toEqual({ ok: true, value: null });
    expect(parseYesNo(null)).toEqual({ ok: true, value: null });
    const bad = parseYesNo('Peut-être');
    expect(bad.ok).toBe(false);
    expect(bad).toEqual({ ok: false, problem: 'value_not_yes_no', params: { value: 'Peut-être' } });
    expect(messageText({ code: 'import.yes_no_invalid', params: { problem: 'value_not_yes_no', value: 'Peut-être' } })).toBe(
      '« Peut-être » n’est ni Oui ni Non (Oui/Non attendu)',
    );
  });

  it('reads French numbers with spaces and a decimal comma', () => {
    expect(parseFrenchNumber('1 234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseFrenchNumber('1\u202f234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseFrenchNumber('1\u00a0234')).toEqual({ ok: true, value: 1234 });
    expect(parseFrenchNumber('1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(parseFrenchNumber('1.234,50')).toEqual({ ok: true, value: 1234.5 });
    expect(parseFrenchNumber('12,5 %')).toEqual({ ok: true, value: 12.5 });
    expect(parseFrenchNumber('3.5')).toEqual({ ok: true, value: 3.5 });
    expect(parseFrenchNumber(42)).toEqual({ ok: true, value: 42 });
    expect(parseFrenchNumber('')).toEqual({ ok: true, value: null });
    expect(parseFrenchNumber('douze').ok).toBe(false);
    expect(parseFrenchNumber('1,2,3').ok).toBe(false);
  });

  it('keeps an empty number exported as 0 a zero, and refuses negative or fractional counts', () => {
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('2,5').ok).toBe(false);
    expect(parseCount('-1').ok).toBe(false);
  });

  it('reads long French dates, numeric dates, ISO dates and spreadsheet dates', () => {
    expect(parseFrenchDate('15 janvier 2022')).toEqual({ ok: true, value: '2022-01-15' });
    expect(parseFrenchDate('1er mars 2022')).toEqual({ ok: true, value: '2022-03-01' });
    expect(parseFrenchDate('mardi 15 février 2022 à 14h32')).toEqual({ ok: true, value: '2022-02-15T14:32:00' });
    expect(parseFrenchDate('15/03/2022')).toEqual({ ok: true, value: '2022-03-15' });
    expect(parseFrenchDate('15/03/2022 09:05')).toEqual({ ok: true, value: '2022-03-15T09:05:00' });
    expect(parseFrenchDate('2022-03-15 14:32:00 +0100')).toEqual({ ok: true, value: '2022-03-15T14:32:00' });
    expect(parseFrenchDate(new Date(Date.UTC(2022, 2, 30)))).toEqual({ ok: true, value: '2022-03-30' });
    expect(parseFrenchDate('31 février 2022').ok).toBe(false);
    expect(parseFrenchDate('15 brumaire 2022').ok).toBe(false);
    expect(parseFrenchDate('demain').ok).toBe(false);
  });

  it('splits multiple choices joined by ", " (and by ; or lines in hand-made sheets)', () => {
    expect(splitChoices('Service Civique, VSI')).toEqual(['Service Civique', 'VSI']);
    expect(splitChoices('Bénin; Togo\nMali')).toEqual(['Bénin', 'Togo', 'Mali']);
    expect(splitChoices('')).toEqual([]);
  });

  it('stores text as written: a leading =, +, - or @ is a character, never a formula', () => {
    expect(parseText('=1+1')).toBe('=1+1');
    expect(parseText('+33 6 00 00 00 00')).toBe('+33 6 00 00 00 00');
    expect(parseText('-5')).toBe('-5');
    expect(parseText('@SUM(A1)')).toBe('@SUM(A1)');
    expect(parseText('   ')).toBeNull();
    expect(cellToText(false)).toBe('Non');
  });

  it('reduces headers to letters and digits for matching', () => {
    expect(headerKey('Nom de la collectivité :')).toBe('nom de la collectivite');
    expect(headerKey('FranceConnect ?')).toBe('franceconnect');
    expect(headerKey("Première expérience à l’international ?")).toBe('premiere experience a l international');
  });
});
