/**
 * The query cache's keys, topic first, and which cached queries a change to each topic makes stale. The core
 * announces the topics a write changed (common/api/topics.ts, declared per method in common/api/contract/*); the
 * interface refetches every query whose key starts with one of the prefixes listed here for them (changeFollower.ts).
 * Keys of figures derived from scores (ranking, agreement, comparison, what-if) have their own first segment, so that
 * one topic can name them all.
 */
import type { Topic } from '../../../common/api/topics.ts';

/** What a query key may start with: a topic, or a view computed from several of them. */
export type KeyRoot = Topic | 'ranking' | 'agreement' | 'compare' | 'whatIf' | 'referenceLabels' | 'selection';

export const queryKeys = {
  session: () => ['session'] as const,
  settings: () => ['settings'] as const,
  dossiers: () => ['dossiers'] as const,
  dossier: (id: string) => ['dossiers', id] as const,
  dossierPart: (id: string, part: 'history' | 'avis' | 'attachments') => ['dossiers', id, part] as const,
  /** Reference data shipped with the application (regions, départements, countries): no write changes it. */
  referenceLabels: () => ['referenceLabels'] as const,
  members: () => ['members'] as const,
  grid: () => ['grid'] as const,
  scoringSettings: () => ['scoringSettings'] as const,
  /** One member's sheet as the viewer may see it. */
  sheet: (member: string, viewer: string | null) => ['scores', member, viewer] as const,
  conflicts: () => ['conflicts'] as const,
  eligibility: () => ['eligibility'] as const,
  mappings: () => ['mappings'] as const,
  /** `ranges` false: without the rank ranges (the live ranking beside the sheet). */
  ranking: (viewer: string | null, ranges = true) => ['ranking', viewer, ranges ? 'ranges' : 'plain'] as const,
  agreement: (viewer: string | null) => ['agreement', viewer] as const,
  compare: (dossiers: readonly string[], viewer: string | null) => ['compare', viewer, ...dossiers] as const,
  /** One dossier's scores by criterion: a comparison of one, refreshed with the comparisons. */
  dossierScores: (dossier: string, viewer: string | null) => ['compare', viewer, 'dossier', dossier] as const,
  whatIf: (scenario: unknown, viewer: string | null) => ['whatIf', viewer, scenario] as const,
  /** The stored versions of the minutes, and the certificates this computer trusts (kept in the user's settings). */
  minutes: () => ['minutes'] as const,
  minutesTrust: () => ['settings', 'trust'] as const,
  targets: () => ['targets'] as const,
  /** Offline review: packages issued and returns imported, discrepancies to resolve, this file's member mode. */
  exchange: (part: 'packages' | 'conflicts' | 'memberMode') => ['exchange', part] as const,
  /** Targets evaluated, the proposal: computed from the scores, the dossiers and the targets. */
  selection: (part: 'proposal' | 'evaluation', arg: unknown = null) => ['selection', part, arg] as const,
  /** A dossier's deliberation notes; a member's own reading notes (the viewer's, none for the secretariat). */
  notes: (dossier: string) => ['notes', 'deliberation', dossier] as const,
  readingNotes: (viewer: string, dossier: string) => ['notes', 'reading', viewer, dossier] as const,
  /** Votes, decisions and the lock (Délibération › Décisions, Liste d'attente, Journal). */
  votes: (dossier: string | null = null) => ['votes', dossier] as const,
  deliberationSettings: () => ['votes', 'settings'] as const,
  latestAttendance: () => ['attendance', 'latest'] as const,
  decisions: () => ['decisions'] as const,
  decisionsPart: (part: 'waitingList' | 'promotions' | 'phrases' | 'postLock') => ['decisions', part] as const,
  lock: () => ['lock'] as const,
  /** Every write appends to the log: the journal refetches on any change event (audit/AuditView.tsx). */
  audit: (filters: unknown) => ['audit', filters] as const,
  /** The session's backup copies (Réglages › Sauvegardes). */
  backups: () => ['backups'] as const,
};

/** Everything computed from the scores, and who may see them. */
const FIGURES: readonly KeyRoot[] = ['scores', 'ranking', 'agreement', 'compare', 'whatIf', 'selection'];

/**
 * For each topic, the first key segments of the queries it makes stale. A topic always names its own queries; the
 * rest says what is computed from it (a grid change reaches nearly everything; a session change, everything).
 */
export const TOPIC_AFFECTS: Readonly<Record<Topic, readonly KeyRoot[] | 'everything'>> = {
  session: 'everything',
  // The session summary in the header counts dossiers, members and criteria.
  dossiers: ['dossiers', 'session', ...FIGURES],
  members: ['members', 'session', 'conflicts', ...FIGURES],
  grid: ['grid', 'session', 'eligibility', ...FIGURES],
  // Not the dossiers: a score changes no dossier record (what a keystroke refetches is kept to what it changes).
  scores: FIGURES,
  // The agenda lists each dossier's recused members.
  conflicts: ['conflicts', 'agenda', ...FIGURES],
  eligibility: ['eligibility', ...FIGURES],
  // Blind scoring and the tie-break rules change what is shown and how dossiers are ranked.
  scoringSettings: ['scoringSettings', ...FIGURES],
  // A sheet marked complete lifts blind scoring for its member and leaves the "incomplete sheets" list.
  sheetMarks: FIGURES,
  imports: ['imports', 'dossiers', 'session', 'mappings', ...FIGURES],
  mappings: ['mappings'],
  settings: ['settings', 'session'],
  // The list of a session's backup copies (Réglages › Sauvegardes).
  backups: ['backups'],
  // The deliberation in the room (issue 9): each topic names its own views; a lock changes what may be edited.
  meetings: ['meetings', 'attendance'],
  attendance: ['attendance'],
  agenda: ['agenda'],
  notes: ['notes'],
  votes: ['votes', 'decisions'],
  // The targets are evaluated against the decisions (Délibération › Objectifs).
  decisions: ['decisions', 'selection'],
  lock: ['lock', 'session', 'decisions', 'notes', 'attendance'],
  // Offline review: packages out and returns in (a return's scores arrive under `scores` and `conflicts`).
  exchange: ['exchange'],
  // The minutes' stored versions (generated, signed).
  minutes: ['minutes'],
  // The targets, their evaluation and the proposal; the ranking's « contesté » reads the count target.
  targets: ['targets', 'selection', 'ranking'],
};

/** The key prefixes to refetch after a change to `topics`, each once; 'everything' when one of them reaches all. */
export function staleRoots(topics: readonly Topic[]): KeyRoot[] | 'everything' {
  const roots = new Set<KeyRoot>();
  for (const topic of topics) {
    const affected = TOPIC_AFFECTS[topic];
    if (affected === 'everything') return 'everything';
    for (const root of affected) roots.add(root);
  }
  return [...roots];
}
