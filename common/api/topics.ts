/**
 * What a write can change, as the names the interface's query cache is keyed by. A method of the contract declares
 * the topics it writes; the core announces them once the write has committed (main/events/coreEvents.ts), and the
 * interface refetches the queries whose key starts with one of them.
 */
export const TOPICS = [
  'session',
  'dossiers',
  'members',
  'grid',
  'scores',
  'conflicts',
  'eligibility',
  'scoringSettings',
  'sheetMarks',
  'imports',
  'mappings',
  'settings',
  'backups',
  'meetings',
  'attendance',
  'agenda',
  'notes',
  'votes',
  'decisions',
  'lock',
  'exchange',
  // The programme's targets (issue 9).
  'targets',
  'minutes',
] as const;

export type Topic = (typeof TOPICS)[number];

export const isTopic = (value: string): value is Topic => (TOPICS as readonly string[]).includes(value);
