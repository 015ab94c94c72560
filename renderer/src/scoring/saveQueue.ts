/**
 * Writes to the core one after the other, in the order they were typed: two quick changes to the same cell must
 * reach the file in that order, whatever the transport does with concurrent requests.
 */
export class SaveQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;
  private readonly onIdle: () => void;

  constructor(onIdle: () => void) {
    this.onIdle = onIdle;
  }

  get busy(): boolean {
    return this.waiting > 0;
  }

  push(task: () => Promise<void>): void {
    // When nothing is waiting, the write starts now, inside the keystroke that asked for it: chained on the settled
    // tail it would start in a microtask, after React has redrawn the sheet (~20 ms of a 60-row sheet on the way
    // from a score typed to the ranking updated, tests/bench/cases/scoreToRanking.bench.ts).
    const started = this.waiting === 0 ? start(task) : this.tail.then(task);
    this.waiting += 1;
    this.tail = started
      .catch(() => undefined)
      .finally(() => {
        this.waiting -= 1;
        if (this.waiting === 0) this.onIdle();
      });
  }
}

/** Runs `task` now; a synchronous throw becomes a rejected promise, as it would be inside `then`. */
function start(task: () => Promise<void>): Promise<void> {
  try {
    return task();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
