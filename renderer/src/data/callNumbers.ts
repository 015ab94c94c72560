/**
 * The page's numbering of its calls to the web shell, and the headers that carry it (main/web/callOrder.ts reads
 * them): every call gets the next number; a call sent while `following(n, …)` runs asks to run after call n. The
 * desktop shell has none of this (its IPC channel delivers a window's calls in order).
 */
export interface CallNumbers {
  /** This page load's id: the server keeps each page's order apart. */
  readonly page: string;
  /** Numbers the call being sent, and says what it follows, as headers. */
  headers(): Record<string, string>;
  /** The number of the call sent last: read just after calling a method, that call's number. */
  last(): number;
  /** Runs `ask`; the calls it sends (synchronously) run on the server once call `n` has finished. */
  following<T>(n: number, ask: () => T): T;
  /** The call being followed now (inside `following`), or null. */
  current(): number | null;
}

function randomPageId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function callNumbers(page: string = randomPageId()): CallNumbers {
  let count = 0;
  let followed: number | null = null;
  return {
    page,
    headers() {
      count += 1;
      return {
        'x-comitia-page': page,
        'x-comitia-call': String(count),
        ...(followed !== null ? { 'x-comitia-after': String(followed) } : {}),
      };
    },
    last: () => count,
    following(n, ask) {
      const outer = followed;
      followed = n;
      try {
        return ask();
      } finally {
        followed = outer;
      }
    },
    current: () => followed,
  };
}
