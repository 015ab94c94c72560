/**
 * A score's figures asked at once after it, numbered to follow it (data/readsAfterWrites.ts): the queries on screen
 * that the write makes stale are fetched from the keystroke, the writer's own query is left to the writer, and the
 * write's change event does not fetch them a second time — unless the event is another page's, or a later fetch
 * replaced the one that followed the write.
 */
import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../../common/api/events.ts';
import { callNumbers, type CallNumbers } from '../../../renderer/src/data/callNumbers.ts';
import { followChanges } from '../../../renderer/src/data/changeFollower.ts';
import { queryKeys } from '../../../renderer/src/data/queryKeys.ts';
import { noteFetch, orderCallsWith, refetchAfterWrite } from '../../../renderer/src/data/readsAfterWrites.ts';

const PAGE = 'page-0000-aaaa';

/** A query on screen whose fetches record the call each one followed (as the transport would send it). */
function watched(client: QueryClient, key: QueryKey, numbers: CallNumbers) {
  const follows: (number | null)[] = [];
  const observer = new QueryObserver(client, {
    queryKey: key,
    queryFn: (context) => {
      noteFetch(context);
      follows.push(numbers.current());
      return Promise.resolve(follows.length);
    },
  });
  const stop = observer.subscribe(() => undefined);
  return { follows, observer, stop };
}

function setUp() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const numbers = callNumbers(PAGE);
  orderCallsWith(numbers);
  let emit: (event: ChangeEvent) => void = () => undefined;
  followChanges(client, (listener) => ((emit = listener), () => undefined), PAGE);
  return { client, numbers, emit: (event: ChangeEvent) => emit(event) };
}

afterEach(() => orderCallsWith(null));

describe('reads after writes', () => {
  it('a score sent fetches the figures on screen at once, after it, and its change event does not fetch them again', async () => {
    const { client, numbers, emit } = setUp();
    const ranking = watched(client, queryKeys.ranking(null, false), numbers);
    const sheet = watched(client, queryKeys.sheet('asc', null), numbers);
    await vi.waitFor(() => expect(ranking.observer.getCurrentResult().data).toBe(1));
    await vi.waitFor(() => expect(sheet.observer.getCurrentResult().data).toBe(1));

    numbers.headers(); // the score is sent: call 3 (the two first loads were 1 and 2 in the transport)
    const write = numbers.last();
    refetchAfterWrite(client, ['scores'], { besides: queryKeys.sheet('asc', null) });
    expect(ranking.follows).toEqual([null, write]);
    expect(sheet.follows).toEqual([null]);

    emit({ topics: ['scores'], origin: 'self', cause: { page: PAGE, call: write } });
    // The sheet is fetched by the event (it was not asked after the write); the ranking is not asked a third time.
    await vi.waitFor(() => expect(sheet.follows).toEqual([null, null]));
    expect(ranking.follows).toEqual([null, write]);
    expect(client.getQueryState(queryKeys.ranking(null, false))?.isInvalidated).toBe(false);
    ranking.stop();
    sheet.stop();
  });

  it('another page’s change, or a fetch that replaced the ordered one, is fetched again', async () => {
    const { client, numbers, emit } = setUp();
    const ranking = watched(client, queryKeys.ranking(null, false), numbers);
    // Loaded (a first load still on its way would be shared, not asked again).
    await vi.waitFor(() => expect(ranking.observer.getCurrentResult().data).toBe(1));
    numbers.headers();
    const write = numbers.last();
    refetchAfterWrite(client, ['scores']);
    expect(ranking.follows).toEqual([null, write]);

    emit({ topics: ['scores'], origin: 'self', cause: { page: 'another-page-01', call: write } });
    await vi.waitFor(() => expect(ranking.follows).toEqual([null, write, null]));

    // Now the latest fetch followed nothing: this page's event for the write must fetch again.
    emit({ topics: ['scores'], origin: 'self', cause: { page: PAGE, call: write } });
    await vi.waitFor(() => expect(ranking.follows).toEqual([null, write, null, null]));
    ranking.stop();
  });

  it('does nothing where calls are not numbered (the desktop shell): the change event fetches', async () => {
    const { client, numbers } = setUp();
    orderCallsWith(null);
    const ranking = watched(client, queryKeys.ranking(null, false), numbers);
    await vi.waitFor(() => expect(ranking.follows).toEqual([null]));
    refetchAfterWrite(client, ['scores']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ranking.follows).toEqual([null]);
    ranking.stop();
  });
});

describe('callNumbers', () => {
  it('numbers each call and says which call it follows only inside `following`', () => {
    const numbers = callNumbers(PAGE);
    expect(numbers.headers()).toEqual({ 'x-comitia-page': PAGE, 'x-comitia-call': '1' });
    expect(numbers.following(1, () => numbers.headers())).toEqual({ 'x-comitia-page': PAGE, 'x-comitia-call': '2', 'x-comitia-after': '1' });
    expect(numbers.headers()).toEqual({ 'x-comitia-page': PAGE, 'x-comitia-call': '3' });
    expect(numbers.last()).toBe(3);
    expect(numbers.current()).toBeNull();
    expect(() => numbers.following(3, () => { throw new Error('x'); })).toThrow('x');
    expect(numbers.current()).toBeNull();
  });

  it('gives each page load its own id', () => {
    expect(callNumbers().page).not.toBe(callNumbers().page);
    expect(callNumbers().page).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });
});
