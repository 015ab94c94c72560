/**
 * The one place where the core's change announcements reach the interface: each change event (a write here, in
 * another window, by the CLI; after an SSE reconnection every topic) marks the cached queries it concerns stale, and
 * those on screen are fetched again. Views never poll and never tell one another that something changed.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from '../../../common/api/events.ts';
import { isTopic } from '../../../common/api/topics.ts';
import { staleRoots } from './queryKeys.ts';

export function followChanges(client: QueryClient, onChange: (listener: (event: ChangeEvent) => void) => () => void): () => void {
  return onChange((event) => {
    const roots = staleRoots(event.topics.filter(isTopic));
    if (roots === 'everything') {
      void client.invalidateQueries();
      return;
    }
    const wanted = new Set<unknown>(roots);
    // One pass over the cache for the whole event, rather than one per prefix.
    void client.invalidateQueries({ predicate: (query) => wanted.has(query.queryKey[0]) });
  });
}
