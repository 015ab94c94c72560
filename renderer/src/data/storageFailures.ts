/**
 * A write the core could not store for a reason that has nothing to do with the view that asked (a full disk, a
 * failing medium: main/db/sqliteFailure.ts) is said once, above every page, besides the view's own message: the
 * person must know that nothing more will be saved until it is fixed, whatever page they are on. Every call to the
 * core passes through `reportingStorageFailures` (transport.ts); the banner reads the latest failure here.
 */
import type { ComitiaApi } from '../../../common/api/contract.ts';
import { apiProxy } from './apiProxy.ts';
import type { AppErrorShape, Result } from '../../../common/result.ts';

/** The codes that mean "the file could not be written", whichever write it was. */
export const STORAGE_FAILURE_CODES: ReadonlySet<string> = new Set(['session.disk_full', 'session.io_error']);

let latest: AppErrorShape | null = null;
const listeners = new Set<() => void>();

function announce(next: AppErrorShape | null): void {
  latest = next;
  for (const listener of listeners) listener();
}

/** The latest storage failure not yet dismissed (useSyncExternalStore's snapshot). */
export const storageFailure = (): AppErrorShape | null => latest;

export function onStorageFailure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const dismissStorageFailure = (): void => announce(null);

/**
 * The same api, each answer looked at on its way back: a storage failure is recorded until the person closes the
 * banner (a read that succeeds says nothing about the next write, so no success lifts it).
 */
export function reportingStorageFailures(api: ComitiaApi): ComitiaApi {
  return apiProxy(async (name, arg) => {
    const call = api[name as keyof ComitiaApi] as (arg: unknown) => Promise<Result<unknown>>;
    const result = await call(arg);
    if (!result.ok && STORAGE_FAILURE_CODES.has(result.error.code)) announce(result.error);
    return result;
  });
}
