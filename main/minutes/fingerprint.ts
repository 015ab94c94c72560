/**
 * The fingerprint of the data the decisions rest on: SHA-256 over a canonical serialisation of `DecisiveData`, so
 * that anyone holding the session file can recompute it and compare it with the one printed in the minutes.
 *
 * Canonical form (version 1, the string `comitia-decisive-data/1` is hashed first):
 * - only the fields declared below are read: anything else an object carries (names, labels, comments) is not
 *   decisive and does not change the fingerprint;
 * - every collection is a set keyed by stable ids, sorted by that key (code-point order); an order that matters
 *   (tie-break rules, waiting list, conditions) is carried by an explicit `order` or by the position in a list
 *   that is itself a decisive value (a dossier's `conditions`);
 * - object keys sorted, JSON text, numbers in the shortest text that reads back to the same double (ECMAScript's
 *   Number-to-String), -0 as 0; NaN and infinities refused; strings in Unicode NFC; UTF-8 bytes.
 * Two entries with the same key are refused (their order would decide the fingerprint).
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../common/result.ts';
import type { AttendanceStatus, DecisionCode } from '../../common/minutes/types.ts';

export interface DecisiveData {
  dossiers: readonly { id: string; eligible: boolean }[];
  scores: readonly { memberId: string; dossierId: string; criterionId: string; value: number }[];
  conflicts: readonly { memberId: string; dossierId: string; kind: 'declaration' | 'recusal' }[];
  attendance: readonly { memberId: string; status: AttendanceStatus; voting: boolean; representedBy?: string }[];
  votes: readonly { dossierId: string; for: number; against: number; abstentions: number; castingVote?: boolean }[];
  decisions: readonly { dossierId: string; decision: DecisionCode; rank: number; conditions?: readonly string[]; waitingPosition?: number }[];
  grid: {
    criteria: readonly { id: string; weight: number; scaleMin: number; scaleMax: number }[];
    eligibilityChecks: readonly { id: string }[];
    tieBreaks: readonly { id: string; order: number }[];
    normalisation: 'z_scores' | 'none';
  };
}

export const FINGERPRINT_VERSION = 'comitia-decisive-data/1';

type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

function num(collection: string, key: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new AppError('minutes.not_a_number', { collection, key });
  return value === 0 ? 0 : value;
}

const str = (value: string): string => String(value).normalize('NFC');

/** Sorted by key, refusing duplicates. */
function keyed<T>(collection: string, items: readonly T[], key: (item: T) => string, pick: (item: T) => Canonical): Canonical[] {
  const rows = items.map((item) => ({ k: key(item), v: pick(item) }));
  rows.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  for (let i = 1; i < rows.length; i += 1) {
    if (rows[i]!.k === rows[i - 1]!.k) throw new AppError('minutes.duplicate_key', { collection, key: rows[i]!.k.replaceAll('\u0000', ' / ') });
  }
  return rows.map((r) => r.v);
}

const k = (...parts: string[]): string => parts.map(str).join('\u0000');

/** The canonical tree of the decisive data (exported for tests and for verifiers that want to see what is hashed). */
export function canonicalDecisiveData(data: DecisiveData): Canonical {
  return {
    attendance: keyed('attendance', data.attendance, (a) => k(a.memberId), (a) => ({
      memberId: str(a.memberId),
      representedBy: a.representedBy === undefined ? null : str(a.representedBy),
      status: a.status,
      voting: a.voting === true,
    })),
    conflicts: keyed('conflicts', data.conflicts, (c) => k(c.dossierId, c.memberId, c.kind), (c) => ({
      dossierId: str(c.dossierId),
      kind: c.kind,
      memberId: str(c.memberId),
    })),
    decisions: keyed('decisions', data.decisions, (d) => k(d.dossierId), (d) => ({
      conditions: (d.conditions ?? []).map(str),
      decision: d.decision,
      dossierId: str(d.dossierId),
      rank: num('decisions', d.dossierId, d.rank),
      waitingPosition: d.waitingPosition === undefined ? null : num('decisions', d.dossierId, d.waitingPosition),
    })),
    dossiers: keyed('dossiers', data.dossiers, (d) => k(d.id), (d) => ({ eligible: d.eligible === true, id: str(d.id) })),
    grid: {
      criteria: keyed('grid.criteria', data.grid.criteria, (c) => k(c.id), (c) => ({
        id: str(c.id),
        scaleMax: num('grid.criteria', c.id, c.scaleMax),
        scaleMin: num('grid.criteria', c.id, c.scaleMin),
        weight: num('grid.criteria', c.id, c.weight),
      })),
      eligibilityChecks: keyed('grid.eligibilityChecks', data.grid.eligibilityChecks, (c) => k(c.id), (c) => ({ id: str(c.id) })),
      normalisation: data.grid.normalisation,
      tieBreaks: keyed('grid.tieBreaks', data.grid.tieBreaks, (t) => k(t.id), (t) => ({ id: str(t.id), order: num('grid.tieBreaks', t.id, t.order) })),
    },
    scores: keyed('scores', data.scores, (s) => k(s.dossierId, s.memberId, s.criterionId), (s) => ({
      criterionId: str(s.criterionId),
      dossierId: str(s.dossierId),
      memberId: str(s.memberId),
      value: num('scores', k(s.dossierId, s.memberId, s.criterionId).replaceAll('\u0000', ' / '), s.value),
    })),
    votes: keyed('votes', data.votes, (v) => k(v.dossierId), (v) => ({
      abstentions: num('votes', v.dossierId, v.abstentions),
      against: num('votes', v.dossierId, v.against),
      castingVote: v.castingVote === true,
      dossierId: str(v.dossierId),
      for: num('votes', v.dossierId, v.for),
    })),
  };
}

/** JSON with object keys sorted at every level; numbers in ECMAScript's shortest round-trip form. */
export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`).join(',')}}`;
}

/** The SHA-256 (lower-case hex) of the decisive data. */
export function decisiveDataFingerprint(data: DecisiveData): string {
  const hash = createHash('sha256');
  hash.update(`${FINGERPRINT_VERSION}\n`, 'utf8');
  hash.update(canonicalJson(canonicalDecisiveData(data)), 'utf8');
  return hash.digest('hex');
}
