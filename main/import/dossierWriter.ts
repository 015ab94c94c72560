/** Inserts and updates of dossier rows during an import (statements prepared once per import). */
import type { DossierWarning } from '../../common/domain/types.ts';
import type { Db } from '../db/connection.ts';
import { DOSSIER_COLUMNS as COLUMNS, toRowParams } from '../db/dossierRepo.ts';
import type { DossierDraft } from './buildDossier.ts';

export interface DossierWriter {
  insert(d: DossierDraft, importId: number, now: string): void;
  update(d: DossierDraft, importId: number, now: string): void;
  /** Only the warnings and the import that last saw it: the content did not change. */
  touch(id: string, warnings: DossierWarning[], importId: number): void;
}

export function dossierWriter(db: Db): DossierWriter {
  const insert = db.prepare(
    `INSERT INTO dossiers (${COLUMNS.join(', ')}, created_at, updated_at, last_import_id)
     VALUES (${COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now, @importId)`,
  );
  const update = db.prepare(
    `UPDATE dossiers SET ${COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')},
       updated_at = @now, last_import_id = @importId
     WHERE id = @id`,
  );
  const touch = db.prepare('UPDATE dossiers SET warnings = ?, last_import_id = ? WHERE id = ?');
  return {
    insert: (d, importId, now) => insert.run({ ...toRowParams(d, now), importId }),
    update: (d, importId, now) => update.run({ ...toRowParams(d, now), importId }),
    touch: (id, warnings, importId) => touch.run(JSON.stringify(warnings), importId, id),
  };
}
