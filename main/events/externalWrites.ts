/**
 * Writes by another process on the open session file (the CLI, a second web shell), noticed through SQLite's
 * `PRAGMA data_version` (https://sqlite.org/pragma.html#pragma_data_version): its value changes when another
 * connection commits, never for this connection's own commits. One cheap read about once a second; when it moves,
 * every topic is announced, since SQLite says that something changed, not what.
 */
import { TOPICS } from '../../common/api/topics.ts';
import type { Db } from '../db/connection.ts';
import type { CoreEvents } from './coreEvents.ts';

export interface ExternalWriteWatch {
  /** Checks now (the timer calls this); returns whether another process wrote since the last check. */
  check(): boolean;
  stop(): void;
}

export function watchExternalWrites(
  currentDb: () => Db | null,
  events: CoreEvents,
  options: { intervalMs?: number } = {},
): ExternalWriteWatch {
  let watched: Db | null = null;
  let last = 0;
  const check = (): boolean => {
    const db = currentDb();
    if (!db || !db.open) {
      watched = null;
      return false;
    }
    let version: number;
    try {
      version = db.pragma('data_version', { simple: true }) as number;
    } catch {
      // The file is busy or being closed: try again at the next tick.
      return false;
    }
    if (db !== watched) {
      // A newly opened session: its first value is the baseline (opening it was announced by `sessionOpen`).
      watched = db;
      last = version;
      return false;
    }
    if (version === last) return false;
    last = version;
    events.changed(TOPICS, 'external');
    return true;
  };
  const timer = setInterval(check, options.intervalMs ?? 1000);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
