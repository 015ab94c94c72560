/**
 * The core's push channel: progress of long work, and what changed after a commit. Writes in one tick are announced
 * once with the union of their topics (a burst of keystrokes in the sheet becomes one refetch per query), the way
 * VS Code's `Event.accumulate` groups bursts.
 */
import type { ChangeCause, ChangeEvent, CoreEvent } from '../../common/api/events.ts';
import type { Topic } from '../../common/api/topics.ts';
import type { ProgressEvent } from '../../common/domain/types.ts';

export type CoreEventListener = (event: CoreEvent) => void;

export class CoreEvents {
  readonly #listeners = new Set<CoreEventListener>();
  #pending: { topics: Set<Topic>; origin: ChangeEvent['origin'] } | null = null;

  /** Adds a listener; the returned function removes it. */
  listen(listener: CoreEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  progress(progress: ProgressEvent): void {
    this.#emit({ kind: 'progress', progress });
  }

  /** Announces topics that changed; sent on the next tick, grouped with the other writes of this tick. */
  changed(topics: readonly Topic[], origin: ChangeEvent['origin'] = 'self'): void {
    if (topics.length === 0) return;
    if (this.#pending) {
      for (const t of topics) this.#pending.topics.add(t);
      // A burst that includes another process's write is reported as external: every view refetches.
      if (origin === 'external') this.#pending.origin = 'external';
      return;
    }
    this.#pending = { topics: new Set(topics), origin };
    setImmediate(() => this.#flush());
  }

  /**
   * Sends now what this tick changed, instead of on the next tick. A shell calls it before answering a write: the
   * page then hears what went stale (and starts fetching the ranking) while it is still drawing the write's answer,
   * not after. Writes made later in the same tick are announced on their own.
   */
  flush(cause?: ChangeCause): void {
    this.#flush(cause);
  }

  #flush(cause?: ChangeCause): void {
    const pending = this.#pending;
    this.#pending = null;
    if (!pending) return;
    // `cause` names the write being answered. Other writes of the same tick may share the event: they committed
    // before it, so whatever reads the cause's page asks after that write sees them too.
    this.#emit({ kind: 'change', change: { topics: [...pending.topics], origin: pending.origin, ...(cause ? { cause } : {}) } });
  }

  #emit(event: CoreEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        // A listener that fails (a closed window, a dropped stream) must not stop the others from hearing.
        console.error('[comitia] event listener failed:', error);
      }
    }
  }
}
