/**
 * What the procès-verbal of a selection session says, as typed data: the document (main/minutes/document/) and the
 * letters (main/minutes/letters/) are drawn from a `MinutesInput` and nothing else. The deliberation model of the
 * session (common/deliberation/) is mapped onto these types by a later step; until then they are the contract.
 * Sections follow the order users expect (shared/design/domain.md, "The minutes").
 *
 * Dates are ISO calendar dates ("2022-04-12"), times "HH:MM" (24 h); the document writes them in words.
 */

/** The five outcomes a dossier can have; the document and the letters word them (minutesText.ts). */
export const DECISION_CODES = ['retenu', 'retenu_sous_reserve', 'liste_attente', 'non_retenu', 'ajourne'] as const;
export type DecisionCode = (typeof DECISION_CODES)[number];

export interface Person {
  /** Stable identifier (the member's id in the session); the annexes and the fingerprint refer to it. */
  id: string;
  name: string;
  /** Ministry, agency, association… as it should be printed after the name. */
  organisation?: string;
  /** Role in the committee ("représentant du ministère…"), printed if given. */
  role?: string;
}

export type AttendanceStatus = 'present' | 'represented' | 'excused' | 'absent';

export interface AttendanceEntry {
  member: Person;
  status: AttendanceStatus;
  /** For `represented`: who holds the proxy (another member or a substitute). */
  representedBy?: string;
  /** Whether this member votes (members of right; a guest is listed apart, see `guests`). */
  voting: boolean;
  /** Arrival or departure during the session, printed as given ("arrivée à 10 h 15" is written from "10:15"). */
  arrivedAt?: string;
  leftAt?: string;
}

export interface QuorumStatement {
  /** Members with a vote on the committee. */
  votingMembers: number;
  /** Present or represented among them. */
  presentOrRepresented: number;
  /** How many are needed (from the committee's rules). */
  required: number;
  /** Whether the quorum was reached when the session opened. */
  reached: boolean;
}

export interface Criterion {
  id: string;
  label: string;
  weight: number;
  /** The scale's bounds, e.g. 0–3. */
  scaleMin: number;
  scaleMax: number;
  /** What each level means, lowest first (may be empty). */
  levels: readonly { value: number; descriptor: string }[];
}

export interface EligibilityCheck {
  id: string;
  label: string;
}

export interface Target {
  id: string;
  /** What the programme aims at ("au moins 30 % de primo-accédants"). */
  label: string;
  goal: number;
  /** `share` values are fractions (0.3 = 30 %), `count` values whole numbers. */
  unit: 'count' | 'share';
}

export interface Framework {
  /** The call's reference text or decision ("appel à projets publié le…"), printed if given. */
  callReference?: string;
  criteria: readonly Criterion[];
  eligibilityChecks: readonly EligibilityCheck[];
  targets: readonly Target[];
}

export interface Recusal {
  memberId: string;
  memberName: string;
  /** Why (link with the applicant), as declared. */
  reason: string;
  /** Out of the room from … to … ("HH:MM"), if they left it. */
  leftAt?: string;
  returnedAt?: string;
}

export interface DossierConflicts {
  dossierId: string;
  applicant: string;
  /** Declarations of interest made without standing aside (the member stayed, the committee agreed). */
  declarations: readonly { memberId: string; memberName: string; interest: string }[];
  recusals: readonly Recusal[];
}

export interface TieBreakRule {
  id: string;
  /** In words: "le dossier le mieux noté sur le critère « Qualité du projet » passe devant". */
  description: string;
}

export interface Method {
  /** How eligibility was checked (by the secretariat, before scoring…). */
  eligibility: string;
  /** How members scored (each member scores each dossier they have no conflict with…). */
  scoring: string;
  /** Per-member z-scores (the document explains them in words), or `none`: raw weighted means. */
  normalisation: 'z_scores' | 'none';
  tieBreaks: readonly TieBreakRule[];
  /** The voting rule as decided by the committee ("majorité simple des voix exprimées"). */
  votingRule: string;
  /** Whether the chair has a casting vote when votes are tied. */
  chairHasCastingVote: boolean;
}

export interface ResultRow {
  dossierId: string;
  rank: number;
  applicant: string;
  /** Commune, département, région, EPCI… */
  echelon: string;
  country: string;
  missions: number;
  /** Weighted mean of the raw scores, on the grid's scale. */
  raw: number;
  /** After normalisation (mean z-score), absent when the method keeps raw values. */
  normalised?: number;
  /** Absent while the committee has not decided (the minutes are then a PROJET and print « À délibérer »). */
  decision?: DecisionCode;
  motivation: string;
  /** For `retenu_sous_reserve`: the conditions to meet. */
  conditions?: readonly string[];
  /** The vote on this dossier, when one was held. */
  vote?: { for: number; against: number; abstentions: number; castingVote?: boolean };
}

export interface IneligibleDossier {
  dossierId: string;
  applicant: string;
  /** The check that failed and what the secretariat found. */
  checkId: string;
  checkLabel: string;
  detail?: string;
}

export interface TargetOutcome {
  targetId: string;
  label: string;
  goal: number;
  current: number;
  unit: 'count' | 'share';
  met: boolean;
}

export interface PostLockChange {
  /** ISO date-time of the change. */
  at: string;
  dossierId: string;
  applicant: string;
  /** What changed, in words ("décision : liste d’attente → retenu"). */
  change: string;
  reason: string;
  by: string;
}

/** One member's scores, for the annex of individual grids. */
export interface IndividualGrid {
  memberId: string;
  memberName: string;
  /** criterionId → score, per dossier; a missing criterion was not scored (recusal, absence). */
  scores: readonly { dossierId: string; values: Readonly<Record<string, number>> }[];
}

export interface CriterionAgreement {
  criterionId: string;
  label: string;
  /** Krippendorff's alpha (ordinal) and ICC(2,1), when computable. */
  alpha?: number;
  icc?: number;
}

export interface Annexes {
  attendanceSheet: boolean;
  /** `named` prints members' names; `anonymised` prints « Membre A », « Membre B »… in the order given. */
  individualGrids?: { mode: 'named' | 'anonymised'; grids: readonly IndividualGrid[] };
  agreement?: readonly CriterionAgreement[];
  /** The head of the audit chain (hex), printed with the data fingerprint. */
  auditHeadHash?: string;
}

export interface MinutesInput {
  programme: string;
  call: string;
  /** Organisation that holds the session (author of the PDF). */
  organiser: string;
  sessionNumber: number;
  date: string;
  openedAt: string;
  closedAt: string;
  /** A room and an address, or a videoconference (with the tool's name). */
  venue: { kind: 'place'; place: string } | { kind: 'videoconference'; tool?: string };
  chair: Person;
  secretary: Person;
  attendance: readonly AttendanceEntry[];
  /** Guests without a vote (observers, experts, the secretariat's staff). */
  guests: readonly Person[];
  /** Absent while no attendance is recorded: the document says the quorum was not recorded. */
  quorum?: QuorumStatement;
  agenda: readonly string[];
  framework: Framework;
  conflicts: readonly DossierConflicts[];
  method: Method;
  /** Sorted by rank (the document prints them in the order given and checks it). */
  results: readonly ResultRow[];
  /** Dossier ids in the order of the waiting list (each one has a result row with `liste_attente`). */
  waitingList: readonly string[];
  ineligible: readonly IneligibleDossier[];
  targets: readonly TargetOutcome[];
  postLockChanges: readonly PostLockChange[];
  /** A session not locked gives a draft: « PROJET » on every page. */
  locked: boolean;
  annexes: Annexes;
  /** SHA-256 (hex) of the decisive data (main/minutes/fingerprint.ts), in the header, footer and last annex. */
  fingerprint: string;
  /** Where the minutes are signed ("Paris"), for « Fait à … ». */
  signedAt?: string;
}
