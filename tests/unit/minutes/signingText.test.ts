import * as asn1js from 'asn1js';
import { AttributeTypeAndValue, RelativeDistinguishedNames } from 'pkijs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../common/result.ts';
import { appearanceContent, frenchDateTime, requireGlyphs } from '../../../main/minutes/signing/appearance.ts';
import { pdfDate } from '../../../main/minutes/signing/incrementalSignature.ts';
import { commonName, distinguishedName } from '../../../main/minutes/signing/names.ts';
import { roleFromReason, roleLabel } from '../../../main/minutes/signing/roles.ts';

describe('roles in /Reason', () => {
  it('writes the French label and reads it back, in French, English or as the code', () => {
    expect(roleLabel('chair')).toBe('Président de séance');
    expect(roleLabel('secretary')).toBe('Secrétaire de séance');
    expect(roleFromReason('Président de séance')).toBe('chair');
    expect(roleFromReason(' secretary of the session ')).toBe('secretary');
    expect(roleFromReason('chair')).toBe('chair');
    expect(roleFromReason('Approbation')).toBeNull();
    expect(roleFromReason(undefined)).toBeNull();
  });
});

describe('distinguished names', () => {
  const name = (pairs: [string, string][]) =>
    RelativeDistinguishedNames.fromBER(
      new asn1js.Sequence({
        value: pairs.map(([type, value]) => new asn1js.Set({ value: [new AttributeTypeAndValue({ type, value: new asn1js.Utf8String({ value }) }).toSchema()] })),
      }).toBER(false),
    );

  it('reads RFC 4514 order (most specific first), accents intact, specials escaped', () => {
    const dn = name([
      ['2.5.4.6', 'FR'],
      ['2.5.4.10', 'Dupré, Martin & Cie'],
      ['2.5.4.3', 'Hélène Dupré'],
    ]);
    expect(distinguishedName(dn)).toBe('CN=Hélène Dupré, O=Dupré\\, Martin & Cie, C=FR');
    expect(commonName(dn)).toBe('Hélène Dupré');
  });
});

describe('dates', () => {
  it('shows the signing time in French words in the committee time zone, "1er" for the first', () => {
    expect(frenchDateTime(new Date('2026-12-01T14:00:00Z'))).toBe('1er décembre 2026 à 15:00');
    expect(frenchDateTime(new Date('2026-07-14T08:30:00Z'))).toBe('14 juillet 2026 à 10:30');
    expect(frenchDateTime(new Date('2026-12-01T14:00:00Z'), 'America/Cayenne')).toBe('1er décembre 2026 à 11:00');
  });

  it('writes /M as a PDF date in UTC', () => {
    expect(pdfDate(new Date('2026-12-01T14:05:09.450Z'))).toBe('D:20261201140509Z');
  });
});

describe('the signature box', () => {
  const font = { resourceName: 'F1', encode: (text: string) => Buffer.from(text, 'latin1').toString('hex'), width: (text: string, size: number) => text.length * size * 0.5 };

  it('shrinks a line too long for the box so it fits the width', () => {
    const long = 'Délégation à l’action extérieure des collectivités territoriales';
    const content = appearanceContent([{ text: long, size: 10 }], { x: 0, y: 0, width: 100, height: 40 }, font);
    const size = Number(/\/F1 ([\d.]+) Tf/.exec(content)?.[1]);
    expect(size).toBeLessThan(10);
    expect(font.width(long, size)).toBeLessThanOrEqual(100 - 12 + 0.01);
  });

  it('names the character a font lacks', () => {
    let error: unknown;
    try {
      requireGlyphs('Łódź', (char) => char !== 'Ł');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).params).toEqual({ char: 'Ł' });
  });
});
