/**
 * The chair's override of the quorum, as the room states it before deciding (issue 9: « below quorum … decisions
 * cannot be recorded unless the chair overrides, which is recorded with its reason »). The core records the override
 * with each decision (`decisionsRecord`'s `quorumOverride: { reason }`); until then the reason is the room's, kept
 * here per meeting for this window, so the decision panel sends it with the decisions it records:
 * `const reason = useQuorumOverride(meeting)` then `quorumOverride: reason ? { reason } : null`.
 */
import { useSyncExternalStore } from 'react';

const reasons = new Map<number, string>();
const listeners = new Set<() => void>();

function announce(): void {
  for (const l of listeners) l();
}

/** Sets (a non-empty reason) or withdraws (null or blank) the override for a meeting. */
export function setQuorumOverride(meeting: number, reason: string | null): void {
  const clean = reason?.trim() ?? '';
  if (clean) reasons.set(meeting, clean);
  else reasons.delete(meeting);
  announce();
}

export function quorumOverride(meeting: number | null): string | null {
  return meeting === null ? null : reasons.get(meeting) ?? null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The override's reason for the meeting, or null; re-rendered when it changes. */
export function useQuorumOverride(meeting: number | null): string | null {
  return useSyncExternalStore(subscribe, () => quorumOverride(meeting));
}
