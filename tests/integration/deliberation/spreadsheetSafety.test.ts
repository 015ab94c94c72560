import { describe, expect, it } from 'vitest';
import { neutraliseFormula, safeCell } from '../../../main/files/spreadsheetSafety.ts';

describe('neutraliseFormula', () => {
  it('prefixes every text a spreadsheet would evaluate, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    for (const plain of ['Retenu', ' =1', '', "'=déjà"]) expect(neutraliseFormula(plain)).toBe(plain);
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(null)).toBe(null);
  });
});
