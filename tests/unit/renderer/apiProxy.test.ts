/** The renderer's api object: every name asked is a method sending that name; it never passes for a promise. */
import { expect, it } from 'vitest';
import { apiProxy } from '../../../renderer/src/data/apiProxy.ts';

it('sends the method asked with its argument, and answers what the call answers', async () => {
  const sent: [string, unknown][] = [];
  const api = apiProxy((name, arg) => {
    sent.push([name, arg]);
    return Promise.resolve({ ok: true, value: name });
  });
  expect(await api.sessionInfo({})).toEqual({ ok: true, value: 'sessionInfo' });
  expect(await api.scoreSet({ member: 'm', dossier: 'd', criterion: 'c', value: 2 })).toEqual({ ok: true, value: 'scoreSet' });
  expect(sent).toEqual([['sessionInfo', {}], ['scoreSet', { member: 'm', dossier: 'd', criterion: 'c', value: 2 }]]);
  // The same function each time (React effects and memos compare them).
  expect(api.ranking).toBe(api.ranking);
});

it('is not a thenable: awaiting the api object gives the object itself', async () => {
  const api = apiProxy(() => Promise.resolve({ ok: true, value: null }));
  expect((api as unknown as { then?: unknown }).then).toBeUndefined();
  expect(await Promise.resolve(api)).toBe(api);
});
