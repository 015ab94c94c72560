/**
 * What a member's package holds: the session as the member may see it. The content is taken consistently from the
 * live file with `VACUUM INTO` (never a raw copy of a file in WAL mode; https://sqlite.org/lang_vacuum.html#vacuuminto),
 * into a private temporary folder, then stripped there: the dossiers the member is recused from with everything that
 * hangs on them (attachments and their bytes, history, avis, eligibility results, everyone's scores and
 * declarations), the other members and all their data (their reading notes included: the member keeps only their
 * own, and none on a dossier they are recused from), the audit chain (its payloads name dossiers and scores), the
 * import reports (they quote rows), the secretariat's exchange records. A table this module does not know is
 * emptied whole (fail closed: a later issue's table travels only once a rule here says what of it the member may
 * see). Then VACUUM rebuilds the file, with secure_delete on, so no freed page keeps a deleted byte.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';

export interface PackageIdentity {
  member: string;
  packageId: string;
  sessionUuid: string;
  privateKey: string;
  issuedAt: string;
}

const IN_DOSSIERS = 'dossier_id IN (SELECT id FROM dossiers)';

/** Each known table and what of it stays (SQL run with `@member` bound); absent tables are emptied. */
const STRIP: Record<string, string | null> = {
  session: null,
  grid: null,
  criteria: null,
  eligibility_checks: null,
  scoring_settings: null,
  import_mappings: null,
  dossiers: 'DELETE FROM dossiers WHERE id IN (SELECT dossier_id FROM conflicts WHERE member_id = @member)',
  members: 'DELETE FROM members WHERE id <> @member',
  attachments: `DELETE FROM attachments WHERE NOT ${IN_DOSSIERS}`,
  blobs: 'DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)',
  dossier_history: `DELETE FROM dossier_history WHERE NOT ${IN_DOSSIERS}`,
  avis: `DELETE FROM avis WHERE NOT ${IN_DOSSIERS}`,
  eligibility_results: `DELETE FROM eligibility_results WHERE NOT ${IN_DOSSIERS}`,
  conflicts: `DELETE FROM conflicts WHERE member_id <> @member OR NOT ${IN_DOSSIERS}`,
  scores: `DELETE FROM scores WHERE member_id <> @member OR NOT ${IN_DOSSIERS}`,
  sheet_marks: 'DELETE FROM sheet_marks WHERE member_id <> @member',
  reading_notes: `DELETE FROM reading_notes WHERE member_id <> @member OR NOT ${IN_DOSSIERS}`,
  imports: `UPDATE imports SET report = '{}'`,
};

/** The order the rules run in: a table's rule may read the tables stripped before it (dossiers first, blobs last). */
const ORDER = ['dossiers', 'members', 'attachments', 'dossier_history', 'avis', 'eligibility_results', 'conflicts', 'scores', 'sheet_marks', 'reading_notes', 'imports', 'blobs'];

function strip(copy: Database.Database, identity: PackageIdentity): number {
  const tables = copy
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[];
  copy.transaction(() => {
    // The recused dossiers are read before the conflicts table is stripped of them.
    for (const table of ORDER) {
      const rule = STRIP[table];
      if (rule && tables.includes(table)) copy.prepare(rule).run(rule.includes('@member') ? { member: identity.member } : {});
    }
    for (const table of tables) if (!(table in STRIP)) copy.prepare(`DELETE FROM "${table.replaceAll('"', '""')}"`).run();
    // Index statistics (sqlite_stat4 samples index keys, names included) are rebuilt by the member's SQLite if needed.
    for (const stat of ['sqlite_stat1', 'sqlite_stat4']) {
      if (copy.prepare("SELECT 1 FROM sqlite_schema WHERE name = ?").get(stat)) copy.prepare(`DELETE FROM ${stat}`).run();
    }
    copy
      .prepare(
        `INSERT INTO member_mode (id, member_id, package_id, session_uuid, private_key, issued_at)
         VALUES (1, @member, @packageId, @sessionUuid, @privateKey, @issuedAt)`,
      )
      .run(identity);
    const broken = copy.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`package content breaks ${broken.length} foreign keys`);
  })();
  return copy.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;
}

/** The stripped session file's bytes, ready to encrypt, and the number of dossiers in it. */
export function memberContent(db: Db, identity: PackageIdentity): { bytes: Buffer; dossiers: number } {
  const folder = mkdtempSync(join(tmpdir(), 'comitia-package-'));
  const file = join(folder, 'member.comitia');
  try {
    db.prepare('VACUUM INTO ?').run(file);
    const copy = new Database(file);
    let dossiers: number;
    try {
      copy.pragma('trusted_schema = OFF');
      copy.pragma('journal_mode = DELETE');
      copy.pragma('secure_delete = ON');
      // Off while stripping (one table's rows go before the rows they hang on), checked before commit.
      copy.pragma('foreign_keys = OFF');
      dossiers = strip(copy, identity);
      copy.exec('VACUUM');
      const free = copy.pragma('freelist_count', { simple: true }) as number;
      if (free !== 0) throw new Error(`package content keeps ${free} free pages`);
    } finally {
      copy.close();
    }
    return { bytes: readFileSync(file), dossiers };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
