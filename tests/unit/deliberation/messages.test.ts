import { describe, expect, it } from 'vitest';
import { en, fr } from '../../../common/i18n/messages/deliberation.ts';
import { isMessageCode } from '../../../common/i18n/messageCode.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort();

describe('the deliberation messages', () => {
  it.each(Object.keys(fr) as (keyof typeof fr)[])('%s: the English text takes the same parameters as the French', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(fr[key]));
    expect(isMessageCode(`deliberation.${key}`)).toBe(true);
  });
});
