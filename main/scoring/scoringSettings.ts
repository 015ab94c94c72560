/** Changing how the session ranks (normalised or raw), blind scoring, and the divergence threshold. Audited. */
import type { ScoringSettings } from '../../common/scoring/input.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { readScoringSettings, writeScoringSettings } from '../db/scoringSettingsRepo.ts';

export function updateScoringSettings(db: Db, patch: Partial<ScoringSettings>, actor: string | null): ScoringSettings {
  return db.transaction(() => {
    const before = readScoringSettings(db);
    const after: ScoringSettings = {
      rankBy: patch.rankBy ?? before.rankBy,
      blind: patch.blind ?? before.blind,
      divergenceThreshold: patch.divergenceThreshold ?? before.divergenceThreshold,
    };
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      writeScoringSettings(db, after);
      appendAudit(db, 'scoring.settings', { before, after }, actor);
    }
    return after;
  })();
}
