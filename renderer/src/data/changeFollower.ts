/**
 * The one place where the core's change announcements reach the interface: each change event (a write here, in
 * another window, by the CLI; after an SSE reconnection every topic) marks the cached queries it concerns stale, and
 * those on screen are fetched again. Views never poll and never tell one another that something changed.
 *
 * A change this page made (its `cause` names one of this page's calls) does not refetch what was already asked
 * after that call (readsAfterWrites.ts): that fetch sees the write.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from '../../../common/api/events.ts';
import { isTopic } from '../../../common/api/topics.ts';
import { staleRoots } from './queryKeys.ts';
import { fetchedAfter } from './readsAfterWrites.ts';

export function followChanges(
  client: QueryClient,
  onChange: (listener: (event: ChangeEvent) => void) => () => void,
  /** This page's id in the web shell's call numbering (callNumbers.ts); null elsewhere. */
  page: string | null = null,
): () => void {
  return onChange((event) => {
    const roots = staleRoots(event.topics.filter(isTopic));
    if (roots === 'everything') {
      void client.invalidateQueries();
      return;
    }
    const wanted = new Set<unknown>(roots);
    const own = page !== null && event.cause?.page === page ? event.cause.call : null;
    // One pass over the cache for the whole event, rather than one per prefix.
    void client.invalidateQueries({
      predicate: (query) => wanted.has(query.queryKey[0]) && !(own !== null && fetchedAfter(query, own)),
    });
  });
}
