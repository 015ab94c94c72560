/** What the offline-review methods return (issue 11): packages issued, returns written and imported, conflicts. */

/** A package made for one member (its passphrase is shown once, when the application proposed it). */
export interface PackageIssued {
  packageId: string;
  member: string;
  out: string;
  issuedAt: string;
  /** Dossiers in the package (those the member is recused from are absent). */
  dossiers: number;
  /** The proposed passphrase, returned once; null when the caller gave one. */
  passphrase: string | null;
}

/** One line of "who went out, who came back". */
export interface IssuedPackageView {
  packageId: string;
  member: string;
  memberName: string;
  issuedAt: string;
  sequence: number;
  dossiers: number;
  /** The newest return imported from this package, if any. */
  lastReturn: { returnId: string; sequence: number; createdAt: string; importedAt: string } | null;
  returns: number;
}

/** Who a member's scoring file belongs to (null outside member mode). */
export interface MemberModeInfo {
  member: string;
  packageId: string;
  sessionUuid: string;
  issuedAt: string;
  returnSequence: number;
  /** When the newest return was written from this file (null before the first). */
  lastReturnAt: string | null;
}

export interface ReturnWritten {
  returnId: string;
  out: string;
  sequence: number;
  createdAt: string;
  scores: number;
  declarations: number;
  readingNotes: number;
}

/** A cell where the session was edited after the return was made: both values, until the secretariat chooses. */
export interface ReturnConflict {
  member: string;
  dossier: string;
  criterion: string;
  returnId: string;
  sessionValue: number;
  sessionComment: string | null;
  sessionAt: string;
  returnValue: number;
  returnComment: string | null;
  returnAt: string;
  status: 'open' | 'member' | 'session';
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** A score of the return the session cannot take (unknown dossier or criterion, value off the scale now). */
export interface IgnoredReturnScore {
  dossier: string;
  criterion: string;
  code: string;
  /** The message's parameters (the value, the scale…), so that the interface can say why in words. */
  params: Record<string, string | number>;
}

export interface ReturnImportReport {
  /** applied: the return changed the session as listed; replay: already imported; stale: an older return. */
  status: 'applied' | 'replay' | 'stale';
  returnId: string;
  member: string;
  sequence: number;
  new: number;
  updated: number;
  unchanged: number;
  conflicts: ReturnConflict[];
  declarations: number;
  /** Scores of pairs now recused, kept apart and not counted. */
  withheld: number;
  ignored: IgnoredReturnScore[];
  readingNotes: ReadingNotesReport;
}

/**
 * The member's reading notes in a return: the newer text wins (a note written in the session after the return's
 * note stays, counted unchanged); skipped: on a dossier the session no longer has or the member is recused from.
 */
export interface ReadingNotesReport {
  new: number;
  updated: number;
  unchanged: number;
  skipped: number;
}
