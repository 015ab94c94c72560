/**
 * The demo session (`comitia demo FILE`, and the application's first start): fills an empty session file with the
 * "Territoires Volontaires 2022" committee of demoCatalogue.ts, the dossiers of demoDossiers.ts and the default grid
 * template, with blind scoring on, in one transaction.
 */
import type { ProgressEvent } from '../../common/domain/types.ts';
import { AppError } from '../../common/result.ts';
import { appendAudit } from '../audit/auditLog.ts';
import type { Db } from '../db/connection.ts';
import { upsertDossier } from '../db/dossierRepo.ts';
import { writeGrid } from '../db/gridRepo.ts';
import { replaceMembers } from '../db/memberRepo.ts';
import { countRows, writeSessionIdentity } from '../db/sessionRepo.ts';
import { loadTemplateGrid } from '../grid/gridTemplate.ts';
import { projectVersion } from '../paths.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../common/scoring/input.ts';
import { writeScoringSettings } from '../db/scoringSettingsRepo.ts';
import { DEMO_BLIND_SCORING, DEMO_DOSSIER_COUNT, DEMO_GRID_TEMPLATE, DEMO_SEED, DEMO_SESSION_IDENTITY, demoMembers } from './demoCatalogue.ts';
import { generateDemoDossiers } from './demoDossiers.ts';

export { generateDemoDossiers } from './demoDossiers.ts';

/**
 * Fills an empty session with the demo, in one transaction: identity, grid, committee, dossiers and an audit entry.
 */
export function populateDemoSession(
  db: Db,
  options: { seed?: number; onProgress?: (e: ProgressEvent) => void } = {},
): void {
  const seed = options.seed ?? DEMO_SEED;
  const progress = options.onProgress ?? (() => undefined);
  const grid = loadTemplateGrid(DEMO_GRID_TEMPLATE);
  const members = demoMembers();
  const dossiers = generateDemoDossiers(DEMO_DOSSIER_COUNT, seed);
  const total = dossiers.length + 3;

  db.transaction(() => {
    if (countRows(db, 'dossiers') > 0) {
      throw new AppError('session.demo_not_empty');
    }
    const now = new Date().toISOString();
    writeSessionIdentity(db, { ...DEMO_SESSION_IDENTITY, createdAt: now }, projectVersion());
    progress({ task: 'demo', done: 1, total, label: 'Identité de la session' });
    writeGrid(db, grid);
    progress({ task: 'demo', done: 2, total, label: 'Grille de notation' });
    replaceMembers(db, members);
    writeScoringSettings(db, { ...DEFAULT_SCORING_SETTINGS, blind: DEMO_BLIND_SCORING });
    progress({ task: 'demo', done: 3, total, label: 'Membres du comité' });
    dossiers.forEach((d, i) => {
      const { attachments: _none, ...fields } = d;
      upsertDossier(db, fields, now);
      progress({ task: 'demo', done: 4 + i, total, label: `Dossier ${i + 1} sur ${dossiers.length}` });
    });
    appendAudit(db, 'demo.created', {
      seed,
      template: DEMO_GRID_TEMPLATE,
      dossiers: dossiers.length,
      members: members.length,
      criteria: grid.criteria.length,
      blind: DEMO_BLIND_SCORING,
    });
  })();
}
