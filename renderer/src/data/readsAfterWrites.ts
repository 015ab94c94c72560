/**
 * A write's figures asked at once, not when its change event arrives. When the sheet sends a score, the page's main
 * thread is busy for tens of milliseconds drawing the keystroke (the editor closing, the focus moving); the change
 * event waits behind it, and only then would the ranking be asked. Instead the queries the write makes stale are
 * asked right after it, from the keystroke, numbered to run on the server once the write has finished
 * (data/callNumbers.ts, main/web/callOrder.ts). The write's change event names the write (its `cause`), and the
 * queries whose latest fetch was asked after it are not fetched a second time (changeFollower.ts).
 */
import { hashKey, type Query, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Topic } from '../../../common/api/topics.ts';
import type { CallNumbers } from './callNumbers.ts';
import { staleRoots } from './queryKeys.ts';

/** This page's numbering (the web shell's); null until set, and in the desktop shell. */
let numbering: CallNumbers | null = null;

/** Set once at start (main.tsx) with the transport's numbering. */
export function orderCallsWith(calls: CallNumbers | null): void {
  numbering = calls;
}

/** For each query, the call its latest fetch was asked after (null: asked unordered). */
const followed = new WeakMap<Query, number | null>();

/**
 * Called by every query function as its fetch starts: records which call, if any, the fetch follows. Every fetch,
 * so that an unordered fetch replacing an ordered one is not taken as seeing the write.
 */
export function noteFetch(context: { client: QueryClient; queryKey: QueryKey }): void {
  const query = context.client.getQueryCache().get(hashKey(context.queryKey));
  if (query) followed.set(query, numbering?.current() ?? null);
}

/** Whether the query's latest fetch was asked after call `call` of this page, and so sees what it wrote. */
export function fetchedAfter(query: Query, call: number): boolean {
  return followed.get(query) === call;
}

/**
 * Fetches again, now, the queries on screen that `topics` make stale, ordered after the call just sent (call it
 * right after calling the write), but `besides` (the writer's own query, which it fetches once its writes have
 * settled). They are not marked stale here: the write's change event does that for every query it reaches, and
 * skips those fetched here. Outside the web shell (no numbering) nothing is done: the change event does it all.
 */
export function refetchAfterWrite(client: QueryClient, topics: readonly Topic[], options: { besides?: QueryKey } = {}): void {
  const calls = numbering;
  if (!calls) return;
  const roots = staleRoots(topics);
  if (roots === 'everything') return;
  const wanted = new Set<unknown>(roots);
  const besides = options.besides ? hashKey(options.besides) : null;
  calls.following(calls.last(), () =>
    void client.refetchQueries({ type: 'active', predicate: (query) => wanted.has(query.queryKey[0]) && query.queryHash !== besides }),
  );
}
