/**
 * The first versions' loader, kept as a thin wrapper on the query cache for the import helper (renderer/src/import),
 * which calls it with a list of dependencies rather than a topic key. New code calls `useApiQuery` with a key from
 * data/queryKeys.ts, so that change events reach it; this one is fetched again only when `deps` or `reload()` say so.
 */
import { useId } from 'react';
import type { Result } from '../../common/result.ts';
import { useApiQuery, type Loaded } from './data/useApiQuery.ts';

export type { Loaded } from './data/useApiQuery.ts';

export function useApi<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): Loaded<T> {
  // A key of this component's own: no topic names it, so no change event refetches it behind the caller's back.
  const instance = useId();
  return useApiQuery(['untracked', instance, ...deps], load);
}
