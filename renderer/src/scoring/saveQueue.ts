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
    this.waiting += 1;
    this.tail = this.tail
      .then(task)
      .catch(() => undefined)
      .finally(() => {
        this.waiting -= 1;
        if (this.waiting === 0) this.onIdle();
      });
  }
}
