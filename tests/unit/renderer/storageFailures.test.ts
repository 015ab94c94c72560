/** A full disk met by any write is recorded for the banner above every page; other refusals are the view's own. */
import { describe, expect, it } from 'vitest';
import { methodNames, type ComitiaApi } from '../../../common/api/contract.ts';
import type { Result } from '../../../common/result.ts';
import { dismissStorageFailure, onStorageFailure, reportingStorageFailures, storageFailure } from '../../../renderer/src/data/storageFailures.ts';

function fakeApi(answer: (name: string) => Result<unknown>): ComitiaApi {
  return Object.fromEntries(methodNames.map((name) => [name, () => Promise.resolve(answer(name))])) as unknown as ComitiaApi;
}

describe('reportingStorageFailures', () => {
  it('records session.disk_full from any method, passes every answer through unchanged, and forgets it when dismissed', async () => {
    const diskFull = { ok: false as const, error: { code: 'session.disk_full' } };
    const api = reportingStorageFailures(fakeApi((name) => (name === 'scoreSet' ? diskFull : { ok: true, value: name })));
    let told = 0;
    const stop = onStorageFailure(() => (told += 1));

    expect(await api.sessionInfo({})).toEqual({ ok: true, value: 'sessionInfo' });
    expect(storageFailure()).toBeNull();
    expect(await api.scoreSet({ member: 'm', dossier: 'd', criterion: 'c', value: 1 })).toEqual(diskFull);
    expect(storageFailure()).toEqual({ code: 'session.disk_full' });
    expect(told).toBe(1);
    // A read that succeeds afterwards says nothing about the next write: the banner stays.
    await api.sessionInfo({});
    expect(storageFailure()).toEqual({ code: 'session.disk_full' });

    dismissStorageFailure();
    expect(storageFailure()).toBeNull();
    stop();
  });

  it('leaves a refusal of the view’s own (a score off the scale, a read-only session) to the view', async () => {
    const api = reportingStorageFailures(fakeApi(() => ({ ok: false, error: { code: 'session.read_only' } })));
    await api.backupCreate({});
    expect(storageFailure()).toBeNull();
  });
});
