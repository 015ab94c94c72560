/**
 * Change events and the query cache: a topic makes stale exactly the queries computed from it, whichever window or
 * process wrote; the queries on screen are fetched again, the others only marked.
 */
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../common/api/events.ts';
import { TOPICS, type Topic } from '../../../common/api/topics.ts';
import { followChanges } from '../../../renderer/src/data/changeFollower.ts';
import { queryKeys, staleRoots, TOPIC_AFFECTS } from '../../../renderer/src/data/queryKeys.ts';

function cacheWith(keys: readonly (readonly unknown[])[]) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  for (const key of keys) client.setQueryData(key, 'cached');
  let emit: (event: ChangeEvent) => void = () => undefined;
  const stop = followChanges(client, (listener) => {
    emit = listener;
    return () => (emit = () => undefined);
  });
  const stale = () => keys.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => JSON.stringify(key));
  return { client, emit: (topics: Topic[], origin: ChangeEvent['origin'] = 'self') => emit({ topics, origin }), stale, stop };
}

const ALL_KEYS = [
  queryKeys.session(),
  queryKeys.dossiers(),
  queryKeys.dossier('10001'),
  queryKeys.referenceLabels(),
  queryKeys.members(),
  queryKeys.grid(),
  queryKeys.sheet('cuf', null),
  queryKeys.sheet('asc', 'asc'),
  queryKeys.ranking(null),
  queryKeys.ranking('cuf'),
  queryKeys.agreement(null),
  queryKeys.compare(['10001', '10002'], null),
  queryKeys.whatIf({ weights: {} }, null),
  queryKeys.conflicts(),
  queryKeys.eligibility(),
  queryKeys.settings(),
  queryKeys.mappings(),
];
const text = (key: readonly unknown[]) => JSON.stringify(key);

describe('followChanges', () => {
  it('a score makes the sheets and every figure computed from them stale, and nothing else', () => {
    const { emit, stale } = cacheWith(ALL_KEYS);
    emit(['scores']);
    expect(stale()).toEqual(
      [
        queryKeys.sheet('cuf', null),
        queryKeys.sheet('asc', 'asc'),
        queryKeys.ranking(null),
        queryKeys.ranking('cuf'),
        queryKeys.agreement(null),
        queryKeys.compare(['10001', '10002'], null),
        queryKeys.whatIf({ weights: {} }, null),
      ].map(text),
    );
  });

  it('a grid change reaches nearly everything; a session change (or a reconnection) everything', () => {
    const grid = cacheWith(ALL_KEYS);
    grid.emit(['grid', 'scores', 'eligibility']);
    expect(grid.stale()).not.toContain(text(queryKeys.referenceLabels()));
    expect(grid.stale()).toContain(text(queryKeys.grid()));
    expect(grid.stale()).toContain(text(queryKeys.eligibility()));
    expect(grid.stale()).toContain(text(queryKeys.ranking('cuf')));
    const session = cacheWith(ALL_KEYS);
    session.emit([...TOPICS], 'external');
    expect(session.stale()).toEqual(ALL_KEYS.map(text));
  });

  it('a settings change does not touch the scores', () => {
    const { emit, stale } = cacheWith(ALL_KEYS);
    emit(['settings']);
    expect(stale()).toEqual([text(queryKeys.session()), text(queryKeys.settings())]);
  });

  it('an unknown topic (a newer core) is ignored rather than failing the page', () => {
    const { emit, stale } = cacheWith(ALL_KEYS);
    emit(['somethingNew' as Topic]);
    expect(stale()).toEqual([]);
  });

  it('a query on screen is fetched again at once', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    let calls = 0;
    const observer = new QueryObserver(client, { queryKey: queryKeys.ranking(null), queryFn: () => Promise.resolve((calls += 1)) });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(1));
    let emit: (event: ChangeEvent) => void = () => undefined;
    followChanges(client, (listener) => ((emit = listener), () => undefined));
    emit({ topics: ['conflicts'], origin: 'external' });
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(2));
    expect(calls).toBe(2);
    unsubscribe();
  });

  it('every topic says what it makes stale, and names its own queries when it has any', () => {
    for (const topic of TOPICS) {
      const roots = staleRoots([topic]);
      expect(roots === 'everything' || roots.length > 0).toBe(true);
      const own = TOPIC_AFFECTS[topic];
      if (own !== 'everything' && ['dossiers', 'members', 'grid', 'conflicts', 'eligibility', 'scoringSettings', 'mappings', 'settings'].includes(topic)) {
        expect(own).toContain(topic);
      }
    }
  });
});
