/**
 * The Electronegativity gate (scripts/electronegativity.js, run by `npm test` as test:security): the reviewed
 * exceptions each carry a reason, and a finding fails the gate unless an exception names its check and file.
 */
import { describe, expect, it } from 'vitest';
import { compare, readExceptions } from '../../../scripts/electronegativity.js';

describe('the electronegativity exceptions', () => {
  it('are each a check id, a file and a reason long enough to say why', () => {
    const list = readExceptions();
    expect(list.length).toBeGreaterThan(0);
    for (const e of list) {
      expect(e.id).toMatch(/^[A-Z_]+_CHECK$/);
      expect(e.reason.length).toBeGreaterThan(40);
    }
  });

  it('cover a finding only for the same check in the same file', () => {
    const exceptions = [{ id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/shell/index.ts', reason: 'allow-listed, see policy.ts and its tests' }];
    const { unexpected, stale } = compare(
      [
        { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/shell/index.ts' },
        { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/shell/menuTemplate.ts' },
        { id: 'NODE_INTEGRATION_JS_CHECK', file: 'main/shell/index.ts' },
      ],
      exceptions,
    );
    expect(unexpected.map((f) => `${f.id} ${f.file}`)).toEqual(['OPEN_EXTERNAL_JS_CHECK main/shell/menuTemplate.ts', 'NODE_INTEGRATION_JS_CHECK main/shell/index.ts']);
    expect(stale).toEqual([]);
    expect(compare([], exceptions).stale).toEqual(exceptions);
  });
});
