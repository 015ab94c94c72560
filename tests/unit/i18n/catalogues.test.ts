/**
 * The catalogues' shape, beyond what `Translation<typeof fr>` checks: English has exactly the French keys (no key
 * left over after a French one was renamed), no empty text, and the same `{{placeholders}}`, so that a parameter
 * the French text shows is not lost in English. And the interface's keys are type-checked: a typo fails `tsc -b`.
 */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { interfaceNamespaces } from '../../../common/i18n/interface/index.ts';
import { messagesEn, messagesFr } from '../../../common/i18n/messages/index.ts';
import { chartLocale } from '../../../renderer/src/chartLocale.ts';

type Catalogue = { [key: string]: string | readonly string[] | Catalogue };

/** Every leaf as `path → text` (arrays joined: their items are one text each, in order). */
function leaves(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item: string, i) => out.set(`${path}.${i}`, item));
    else for (const [p, text] of leaves(value as Catalogue, path)) out.set(p, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const catalogues: [string, Catalogue, Catalogue][] = [
  ...Object.entries(interfaceNamespaces).map(([ns, c]): [string, Catalogue, Catalogue] => [ns, c.fr, c.en]),
  ['messages', messagesFr, messagesEn],
];

describe.each(catalogues)('the %s catalogue', (_ns, fr, en) => {
  const frLeaves = leaves(fr);
  const enLeaves = leaves(en);

  it('has in English exactly the French keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
  });

  it('has no empty text', () => {
    expect([...frLeaves, ...enLeaves].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it('keeps every placeholder of the French text in English', () => {
    const lost = [...frLeaves].filter(([key, text]) => placeholders(text).join() !== placeholders(enLeaves.get(key) ?? '').join());
    expect(lost.map(([key]) => key)).toEqual([]);
  });
});

describe('interface keys are type-checked', () => {
  it('names a key of the French catalogue, or fails the type check', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    // Not run for its value: `tsc -b` (tests project) fails if these lines stop being errors.
    // @ts-expect-error a typo in a key of the default namespace
    expect(t('nav.scorng')).toBe('nav.scorng');
    // @ts-expect-error a key of another namespace without it
    expect(t('charts.total')).toBe('charts.total');
    expect(t('nav.scoring')).toBe('nav.scoring');
  });
});

describe('AG Charts speaks the interface language', () => {
  it('says « no data » in French unless English is chosen', () => {
    expect(chartLocale('fr').localeText?.overlayNoData).toBe('Aucune donnée à afficher');
    expect(chartLocale('en').localeText?.overlayNoData).toBe('No data to display');
  });
});
