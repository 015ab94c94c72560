/** The room's agenda moves (renderer/src/deliberation/room/agendaMoves.ts): reordering by hand, the next dossier, the key. */
import { describe, expect, it } from 'vitest';
import { isNextDossierKey, moveDossier, nextDossier, typesText, type KeyPress } from '../../../../renderer/src/deliberation/room/agendaMoves.ts';

describe('moving a dossier by hand', () => {
  const order = ['A', 'B', 'C', 'D'];
  it('swaps it with its neighbour up or down', () => {
    expect(moveDossier(order, 'C', -1)).toEqual(['A', 'C', 'B', 'D']);
    expect(moveDossier(order, 'B', 1)).toEqual(['A', 'C', 'B', 'D']);
  });
  it('leaves the order as it is at either end or for an unknown dossier, without touching the original', () => {
    expect(moveDossier(order, 'A', -1)).toEqual(order);
    expect(moveDossier(order, 'D', 1)).toEqual(order);
    expect(moveDossier(order, 'Z', 1)).toEqual(order);
    expect(order).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the next dossier', () => {
  const order = ['A', 'B', 'C'];
  it('is the first when none is current, then each in turn, and none after the last', () => {
    expect(nextDossier(order, null)).toBe('A');
    expect(nextDossier(order, 'A')).toBe('B');
    expect(nextDossier(order, 'B')).toBe('C');
    expect(nextDossier(order, 'C')).toBeNull();
  });
  it('starts again from the top when the current dossier left the agenda, and is none on an empty agenda', () => {
    expect(nextDossier(order, 'Z')).toBe('A');
    expect(nextDossier([], null)).toBeNull();
  });
});

describe('the « dossier suivant » key', () => {
  const press = (key: string, target: KeyPress['target'] = { tagName: 'BODY' }, mods: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    target,
    ...mods,
  });
  it('is N (either case) or Page Down on the page, a button, a checkbox', () => {
    expect(isNextDossierKey(press('n'))).toBe(true);
    expect(isNextDossierKey(press('N'))).toBe(true);
    expect(isNextDossierKey(press('PageDown'))).toBe(true);
    expect(isNextDossierKey(press('n', { tagName: 'BUTTON' }))).toBe(true);
    expect(isNextDossierKey(press('n', { tagName: 'INPUT', type: 'checkbox' }))).toBe(true);
  });
  it('is not another key, nor N with a modifier (Ctrl+N opens a window)', () => {
    expect(isNextDossierKey(press('m'))).toBe(false);
    expect(isNextDossierKey(press('ArrowDown'))).toBe(false);
    expect(isNextDossierKey(press('n', undefined, { ctrlKey: true }))).toBe(false);
    expect(isNextDossierKey(press('n', undefined, { metaKey: true }))).toBe(false);
    expect(isNextDossierKey(press('PageDown', undefined, { altKey: true }))).toBe(false);
  });
  it('is typed text in a text field, a text area, a select or an editable element', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT' },
      { tagName: 'input', type: 'time' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(typesText(target)).toBe(true);
      expect(isNextDossierKey(press('n', target))).toBe(false);
      expect(isNextDossierKey(press('PageDown', target))).toBe(false);
    }
    expect(typesText(null)).toBe(false);
  });
});
