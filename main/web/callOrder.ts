/**
 * Read-your-writes for a page of the web shell. The page numbers its calls (`x-comitia-call`) and may ask that one
 * run only once an earlier call of its own has finished (`x-comitia-after`): the sheet sends a score, then at once
 * asks the ranking « after » it, instead of waiting to hear the score's change event. Each call travels on its own
 * connection, so two calls sent a millisecond apart can reach the server in either order; this is what puts them
 * back in the page's order. A call without the headers (the CLI, another client, an older page) runs at once.
 *
 * A call waited for that never comes (a request lost on the way) holds the one that waits for at most `waitMs`:
 * then it runs, as it would have without the header.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** Who sent a call and where it stands in that page's order. */
export interface CallTag {
  page: string;
  call: number;
  /** The earlier call of the same page this one must follow; null when it may run at once. */
  after: number | null;
}

const PAGE_ID = /^[A-Za-z0-9-]{8,64}$/;

function callNumber(value: string | string[] | undefined): number | null {
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The call's tag from its headers; null when they are missing or malformed (the call then runs unordered). */
export function readCallTag(headers: IncomingHttpHeaders): CallTag | null {
  const page = headers['x-comitia-page'];
  const call = callNumber(headers['x-comitia-call']);
  if (typeof page !== 'string' || !PAGE_ID.test(page) || call === null) return null;
  const after = callNumber(headers['x-comitia-after']);
  // Only an earlier call can be followed: anything else would wait for nothing (or for itself).
  return { page, call, after: after !== null && after < call ? after : null };
}

/** One page's calls: which have arrived (the recent ones), which are running, and who waits for which. */
interface PageCalls {
  arrived: Set<number>;
  /** Calls older than this are taken as finished (the arrived set keeps only the recent ones). */
  floor: number;
  highest: number;
  running: Map<number, Promise<void>>;
  /** Calls waited for before they arrived: resolved on arrival. */
  awaited: Map<number, Array<() => void>>;
  lastUsed: number;
}

/** How many call numbers each page keeps, and how many pages: bounds the memory of a long-running server. */
const KEPT_CALLS = 512;
const KEPT_PAGES = 64;

export class CallOrder {
  readonly #pages = new Map<string, PageCalls>();
  readonly #waitMs: number;

  constructor(options: { waitMs?: number } = {}) {
    this.#waitMs = options.waitMs ?? 2000;
  }

  /** Runs `work` for the call `tag`: once the call it follows has finished, if any; at once otherwise. */
  async run<T>(tag: CallTag | null, work: () => Promise<T>): Promise<T> {
    if (!tag) return work();
    const calls = this.#arrive(tag);
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    calls.running.set(tag.call, finished);
    try {
      if (tag.after !== null) await this.#finished(calls, tag.after);
      return await work();
    } finally {
      calls.running.delete(tag.call);
      finish();
    }
  }

  #arrive(tag: CallTag): PageCalls {
    let calls = this.#pages.get(tag.page);
    if (!calls) {
      calls = { arrived: new Set(), floor: 0, highest: 0, running: new Map(), awaited: new Map(), lastUsed: 0 };
      this.#pages.set(tag.page, calls);
      this.#forgetOldPages();
    }
    calls.lastUsed = Date.now();
    calls.arrived.add(tag.call);
    calls.highest = Math.max(calls.highest, tag.call);
    for (const wake of calls.awaited.get(tag.call) ?? []) wake();
    calls.awaited.delete(tag.call);
    if (calls.arrived.size > KEPT_CALLS) {
      calls.floor = calls.highest - KEPT_CALLS;
      for (const n of calls.arrived) if (n <= calls.floor) calls.arrived.delete(n);
    }
    return calls;
  }

  /** Resolves once call `n` has finished, or has not arrived within the wait. */
  async #finished(calls: PageCalls, n: number): Promise<void> {
    if (n <= calls.floor) return;
    if (!calls.arrived.has(n)) {
      const arrived = await new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
        const timer = setTimeout(() => {
          const left = (calls.awaited.get(n) ?? []).filter((w) => w !== wake);
          if (left.length) calls.awaited.set(n, left);
          else calls.awaited.delete(n);
          resolve(false);
        }, this.#waitMs);
        calls.awaited.set(n, [...(calls.awaited.get(n) ?? []), wake]);
      });
      if (!arrived) return;
    }
    await calls.running.get(n);
  }

  #forgetOldPages(): void {
    if (this.#pages.size <= KEPT_PAGES) return;
    const oldest = [...this.#pages].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
    // A page with calls in flight is kept: forgetting it would let its next call overtake them.
    if (oldest && oldest[1].running.size === 0) this.#pages.delete(oldest[0]);
  }
}
