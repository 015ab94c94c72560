import { PDFArray, PDFContext, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseToUnicode, parseWidths, toUnicodeTexts } from '../../../main/minutes/signing/embeddedFont.ts';

const CMAP = `/CIDInit /ProcSet findresource begin
1 beginbfchar
<0005> <00e9>
endbfchar
2 beginbfrange
<0000> <0004> [<0000> <0048> <0066 0069> <0066> <0069>]
<0010> <0012> <0041>
endbfrange
endcmap`;

describe('ToUnicode CMaps of embedded subsets', () => {
  it('reads bfchar, bfrange arrays (with spaced ligature strings) and bfrange bases', () => {
    const texts = toUnicodeTexts(CMAP);
    expect(texts.get(1)).toBe('H');
    expect(texts.get(2)).toBe('fi');
    expect(texts.get(3)).toBe('f');
    expect(texts.get(4)).toBe('i');
    expect(texts.get(5)).toBe('é');
    expect([texts.get(16), texts.get(17), texts.get(18)]).toEqual(['A', 'B', 'C']);
  });

  it('draws a character with its own glyph, never with a ligature that contains it', () => {
    const codes = parseToUnicode(CMAP);
    expect(codes.get('f')).toBe(3);
    expect(codes.get('i')).toBe(4);
    expect(codes.has('fi')).toBe(false);
    expect(codes.get('é')).toBe(5);
  });
});

describe('/W arrays of CID fonts', () => {
  it('reads both `c [w …]` and `c1 c2 w` forms', () => {
    const context = PDFContext.create();
    const w = PDFArray.withContext(context);
    const run = PDFArray.withContext(context);
    [500, 600].forEach((n) => run.push(PDFNumber.of(n)));
    [PDFNumber.of(1), run, PDFNumber.of(10), PDFNumber.of(12), PDFNumber.of(250)].forEach((item) => w.push(item));
    const widths = parseWidths(w, context);
    expect([widths.get(1), widths.get(2), widths.get(10), widths.get(11), widths.get(12), widths.get(13)]).toEqual([500, 600, 250, 250, 250, undefined]);
  });
});
