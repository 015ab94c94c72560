/**
 * A call to the core, cached under a topic-first key (queryKeys.ts) and fetched again when a change event names a
 * topic that reaches it. The core answers with Results: an error Result is a failed query whose message is already
 * in the interface's words.
 */
import { keepPreviousData, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppErrorShape, Result } from '../../../common/result.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { noteFetch } from './readsAfterWrites.ts';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** The core's error itself, for views that choose their words by code. */
  errorShape: AppErrorShape | null;
  loading: boolean;
  /** Fetches again now (after a write whose change event this view should not wait for). */
  reload: () => void;
}

/** An error Result carried through react-query's failure path. */
export class ResultError extends Error {
  readonly shape: AppErrorShape;
  constructor(shape: AppErrorShape) {
    super(shape.code);
    this.shape = shape;
  }
}

export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ResultError(r.error);
  return r.value;
}

export function useApiQuery<T>(
  key: QueryKey,
  load: () => Promise<Result<T>>,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
): Loaded<T> {
  const client = useQueryClient();
  const query = useQuery<T, ResultError>({
    queryKey: key,
    queryFn: (context) => {
      noteFetch(context);
      return unwrap(load());
    },
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
  const keyText = JSON.stringify(key);
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: JSON.parse(keyText) as QueryKey, exact: true }), [client, keyText]);
  const shape = query.error?.shape ?? null;
  return {
    data: query.data ?? null,
    error: shape ? errorMessage(shape) : null,
    errorShape: shape,
    loading: query.isPending,
    reload,
  };
}
