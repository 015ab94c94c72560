/** The session's quorum and voting rules (one row, JSON of the core's settings) and its motivation phrases. */
import type { DecisionKind } from '../../common/deliberation/decisions.ts';
import type { DeliberationSettings, MotivationPhrases } from '../../common/deliberation/records.ts';
import type { Db } from './connection.ts';

export function readDeliberationSettings(db: Db): DeliberationSettings {
  const row = db.prepare('SELECT quorum, votes FROM deliberation_settings WHERE id = 1').get() as { quorum: string; votes: string };
  return { quorum: JSON.parse(row.quorum) as DeliberationSettings['quorum'], votes: JSON.parse(row.votes) as DeliberationSettings['votes'] };
}

export function writeDeliberationSettings(db: Db, s: DeliberationSettings): void {
  db.prepare('UPDATE deliberation_settings SET quorum = ?, votes = ? WHERE id = 1').run(JSON.stringify(s.quorum), JSON.stringify(s.votes));
}

export function listMotivationPhrases(db: Db): MotivationPhrases[] {
  const rows = db.prepare('SELECT kind, text FROM motivation_phrases ORDER BY kind, position').all() as { kind: DecisionKind; text: string }[];
  const byKind = new Map<DecisionKind, string[]>();
  for (const r of rows) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.text]);
  return [...byKind].map(([kind, phrases]) => ({ kind, phrases }));
}

export function replaceMotivationPhrases(db: Db, kind: DecisionKind, phrases: readonly string[]): void {
  db.prepare('DELETE FROM motivation_phrases WHERE kind = ?').run(kind);
  const insert = db.prepare('INSERT INTO motivation_phrases (kind, text, position) VALUES (?, ?, ?)');
  phrases.forEach((p, i) => insert.run(kind, p, i));
}
