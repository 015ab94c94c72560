/** A checked copy of a session file, kept beside it (what Réglages › Sauvegardes and `comitia backup list` show). */
export const BACKUP_REASONS = ['migration', 'import', 'lock', 'close', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  fileName: string;
  reason: BackupReason;
  /** ISO 8601: when the copy was taken. */
  takenAt: string;
  size: number;
}
