/**
 * The signed minutes anchor the audit chain (issue 10): they carry the chain's head hash in their metadata keywords
 * (`journal-audit=<hex>`, main/minutes/document/minutesDocument.ts). `comitia audit verify SESSION --minutes FILE.pdf`
 * (the lead adds it with the audit command) asks whether the session's chain still holds that row: a chain
 * rewritten after signing no longer does.
 */
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';

/** The audit head hash the minutes carry, or null when they carry none (minutes without that annex). */
export async function minutesAuditAnchor(pdf: Uint8Array): Promise<string | null> {
  let keywords: string | undefined;
  try {
    keywords = (await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true })).getKeywords();
  } catch (error) {
    throw new AppError('signing.pdf_unreadable', { detail: error instanceof Error ? error.message : String(error) });
  }
  return /journal-audit=([0-9a-f]{64})/.exec(keywords ?? '')?.[1] ?? null;
}

/** Whether the session's audit chain still holds the row whose hash the minutes carry (false when they carry none). */
export async function chainReachesMinutes(db: Db, pdf: Uint8Array): Promise<boolean> {
  const hash = await minutesAuditAnchor(pdf);
  if (hash === null) return false;
  return db.prepare('SELECT 1 FROM audit_log WHERE hash = ?').get(hash) !== undefined;
}
