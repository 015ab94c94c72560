/**
 * The web shell puts a page's calls back in the order the page asked for: a call that follows an earlier one runs
 * once it has finished, whichever reached the server first; the others run at once, and a call waited for that never
 * comes holds nobody for longer than the wait.
 */
import { describe, expect, it } from 'vitest';
import { CallOrder, readCallTag, type CallTag } from '../../../main/web/callOrder.ts';

const PAGE = 'page-0123456789';
const tag = (call: number, after: number | null = null, page = PAGE): CallTag => ({ page, call, after });

/** A call whose work is held until `release()`, recording when it ran. */
function held(log: string[], name: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    release,
    work: async () => {
      log.push(`${name} starts`);
      await gate;
      log.push(`${name} ends`);
      return name;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('CallOrder', () => {
  it('runs a call that follows a write only once the write has finished', async () => {
    const order = new CallOrder();
    const log: string[] = [];
    const write = held(log, 'write');
    const writing = order.run(tag(1), write.work);
    const reading = order.run(tag(2, 1), async () => (log.push('read'), 'read'));
    await tick();
    expect(log).toEqual(['write starts']);
    write.release();
    expect(await Promise.all([writing, reading])).toEqual(['write', 'read']);
    expect(log).toEqual(['write starts', 'write ends', 'read']);
  });

  it('waits for the followed call to arrive when the later one reaches the server first', async () => {
    const order = new CallOrder();
    const log: string[] = [];
    const reading = order.run(tag(8, 7), async () => (log.push('read'), 'read'));
    await tick();
    expect(log).toEqual([]);
    const write = held(log, 'write');
    const writing = order.run(tag(7), write.work);
    await tick();
    expect(log).toEqual(['write starts']);
    write.release();
    await Promise.all([writing, reading]);
    expect(log).toEqual(['write starts', 'write ends', 'read']);
  });

  it('lets calls that follow nothing, or another page, run at once', async () => {
    // A long wait, so that a call held by mistake makes the test time out rather than pass late.
    const order = new CallOrder({ waitMs: 60_000 });
    const log: string[] = [];
    const write = held(log, 'write');
    const writing = order.run(tag(1), write.work);
    await order.run(tag(2), async () => log.push('unordered'));
    await order.run(tag(1, null, 'other-page-0001'), async () => log.push('other page writes'));
    await order.run(tag(2, 1, 'other-page-0001'), async () => log.push('other page reads'));
    await order.run(null, async () => log.push('untagged'));
    expect(log).toEqual(['write starts', 'unordered', 'other page writes', 'other page reads', 'untagged']);
    write.release();
    await writing;
  });

  it('does not hold a call past the wait when the one it follows never comes', async () => {
    const order = new CallOrder({ waitMs: 30 });
    const started = Date.now();
    expect(await order.run(tag(5, 4), async () => 'ran')).toBe('ran');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('runs at once a call following one that has already finished, and one that failed', async () => {
    const order = new CallOrder({ waitMs: 10_000 });
    await order.run(tag(1), async () => 'done');
    await expect(order.run(tag(2), () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    const started = Date.now();
    await order.run(tag(3, 1), async () => 'after the first');
    await order.run(tag(4, 2), async () => 'after the failed one');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps a bounded memory of each page: a call long finished is still taken as finished', async () => {
    const order = new CallOrder({ waitMs: 10_000 });
    for (let n = 1; n <= 1200; n += 1) await order.run(tag(n), async () => n);
    const started = Date.now();
    await order.run(tag(1201, 3), async () => 'ran');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('readCallTag', () => {
  it('reads the page, the call and what it follows from the headers', () => {
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '12', 'x-comitia-after': '11' })).toEqual(tag(12, 11));
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '12' })).toEqual(tag(12));
  });

  it('ignores malformed headers (the call then runs unordered) and never follows itself or a later call', () => {
    expect(readCallTag({})).toBeNull();
    expect(readCallTag({ 'x-comitia-page': 'short', 'x-comitia-call': '1' })).toBeNull();
    expect(readCallTag({ 'x-comitia-page': `${PAGE}/../x`, 'x-comitia-call': '1' })).toBeNull();
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '-1' })).toBeNull();
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '1e3' })).toBeNull();
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '5', 'x-comitia-after': '5' })).toEqual(tag(5));
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '5', 'x-comitia-after': '9' })).toEqual(tag(5));
    expect(readCallTag({ 'x-comitia-page': PAGE, 'x-comitia-call': '5', 'x-comitia-after': 'x' })).toEqual(tag(5));
  });
});
