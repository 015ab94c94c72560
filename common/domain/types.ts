/** Domain types shared by every layer. Field names follow the CLI's JSON (issue #3's contract). */

export const ECHELONS = ['region', 'departement', 'epci', 'commune', 'autre'] as const;
export type Echelon = (typeof ECHELONS)[number];

export const DOSSIER_STATES = [
  'brouillon',
  'en_construction',
  'en_instruction',
  'accepte',
  'refuse',
  'sans_suite',
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const SCHEMES = ['SCI', 'VSI'] as const;
/** Service Civique international ("SCI") or volontariat de solidarité internationale ("VSI"). */
export type Scheme = (typeof SCHEMES)[number];

export const MEMBER_ROLES = ['chair', 'member', 'secretary', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Dossier {
  /** The source system's ID (démarches-simplifiées "ID"), kept as text. */
  id: string;
  name: string;
  echelon: Echelon;
  insee: string | null;
  siren: string | null;
  departement: string | null;
  region: string | null;
  outreMer: boolean;
  population: number | null;
  referent: string | null;
  email: string | null;
  /** Applicant profile named by the call: 1 partnership, 2 far from international action, 3 experienced. */
  profile: 1 | 2 | 3 | null;
  firstTimeInternational: boolean | null;
  firstTimeVolunteering: boolean | null;
  /** ISO 3166-1 alpha-3 codes (Kosovo: XKX). */
  countries: string[];
  priorityCountry: boolean;
  partnerAuthority: string | null;
  schemes: Scheme[];
  missionsSending: number | null;
  missionsHosting: number | null;
  missionsSci: number | null;
  missionsVsi: number | null;
  narrative: string | null;
  state: DossierState;
  depositedAt: string | null;
  /** Columns of the source that map to no dossier field: kept, never dropped. */
  extraFields: Record<string, string>;
  /** What the import found wrong in the row, as message codes (common/i18n/messages/import.ts), worded at the edges. */
  warnings: DossierWarning[];
  /**
   * When an import changed this dossier after members began scoring it, until the committee acknowledges the change
   * (`dossierAcknowledgeChanges`); null otherwise. The mark is this column, never the text of a warning.
   */
  changedAfterScoringAt?: string | null;
  attachments: number;
}

/** One warning kept on a dossier: the source column it concerns (null when none) and its message. */
export interface DossierWarning {
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface Member {
  id: string;
  name: string;
  institution: string;
  role: MemberRole;
}

export interface Scale {
  min: number;
  max: number;
  step: number;
}

export interface Criterion {
  id: string;
  section: string | null;
  label: string;
  description: string | null;
  weight: number;
  /** Own scale, or null for the grid's default scale. */
  scale: Scale | null;
  /** Descriptor per level, keyed by the level's value as text ("0", "1"...). */
  levels: Record<string, string>;
}

export interface EligibilityCheck {
  id: string;
  label: string;
  description: string | null;
}

export interface Grid {
  scale: Scale;
  criteria: Criterion[];
  eligibility: EligibilityCheck[];
  /** Ordered tie-break rules: `criterion:<id>` or `deposited`. */
  tieBreak: string[];
}

export interface SessionInfo {
  path: string;
  title: string;
  programme: string;
  callName: string;
  schemaVersion: number;
  dossiers: number;
  members: number;
  criteria: number;
  /**
   * Set when the audit chain is broken, or no longer holds the head this computer recorded at an earlier lock,
   * export or close (the file was rewritten elsewhere): a message code the interface shows as a warning.
   */
  auditWarning?: { code: string; params: Record<string, string | number> } | null;
  /** True when the file was opened read-only (asked for, or not writable): every write is refused (`session.read_only`). */
  readOnly?: boolean;
  /** Why it is read-only: `asked` (opened so on purpose: `--read-only`, `comitia info`), `not_writable` (the medium or the rights). */
  readOnlyReason?: 'asked' | 'not_writable' | null;
  /** The schema version this Comitia builds: a file below it is migrated at its first read-write opening. */
  latestSchemaVersion?: number;
}

export interface ProgressEvent {
  /** What is running, e.g. "demo", "import". */
  task: string;
  done: number;
  total: number;
  /** A short, already translated description of the current step. */
  label?: string;
}

export type Language = 'fr' | 'en';

export interface UserSettings {
  language: Language;
  recentSessions: string[];
  /** SHA-256 fingerprints (lower-case hex) of the signers' certificates the user trusts (the minutes' trust store). */
  trustedCertificates: string[];
}

/** Names the interface shows for codes stored on dossiers (from the shipped reference data). */
export interface ReferenceLabels {
  /** By ISO alpha-3 code. */
  countries: Record<string, { fr: string; en: string }>;
  regions: Record<string, string>;
  departements: Record<string, string>;
}
