/** The session's targets: read, replaced whole (checked, audited), and evaluated against a set of dossiers. */
import type { LabelledStatus } from '../../common/api/contract/selection.ts';
import { checkTargets, evaluateTargets, type Target, type TargetDossier, type TargetStatus } from '../../common/deliberation/targets.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { listTargets, replaceTargets } from '../db/targetsRepo.ts';
import { targetLabelMessage } from './targetLabels.ts';

export function setTargets(db: Db, targets: readonly Target[], actor: string | null): Target[] {
  checkTargets(targets);
  return db.transaction(() => {
    const before = listTargets(db);
    if (JSON.stringify(before) !== JSON.stringify(targets)) {
      replaceTargets(db, targets);
      appendAudit(db, 'targets.set', { before, after: targets }, actor);
    }
    return listTargets(db);
  })();
}

export const labelled = (targets: readonly Target[], statuses: readonly TargetStatus[]): LabelledStatus[] =>
  statuses.map((s, k) => ({ ...s, labelMessage: targetLabelMessage(targets[k]!) }));

/** The session's dossiers by id, refusing an unknown or repeated one (named) so that nothing is silently dropped. */
export function dossiersNamed(db: Db, ids: readonly string[]): TargetDossier[] {
  const byId = new Map(listDossiers(db).map((d) => [d.id, d]));
  const seen = new Set<string>();
  return ids.map((id, i) => {
    if (seen.has(id)) throw new AppError('selection.duplicate_dossier', { dossier: id }, { field: `against.dossiers.${i}` });
    seen.add(id);
    const d = byId.get(id);
    if (!d) throw new AppError('selection.unknown_dossier', { dossier: id }, { field: `against.dossiers.${i}` });
    return d;
  });
}

export function evaluateSessionTargets(db: Db, ids: readonly string[]): LabelledStatus[] {
  const targets = listTargets(db);
  return labelled(targets, evaluateTargets(targets, dossiersNamed(db, ids)));
}
