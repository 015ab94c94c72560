/** The scoring methods of the API contract: thin calls into main/scoring, spread into the api's handler table. */
import { readFileSync } from 'node:fs';
import type { ScoringMethod } from '../../common/api/contract.ts';
import { AppError } from '../../common/result.ts';
import type { HandlerTable } from '../apiContext.ts';
import { readGrid } from '../db/gridRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { loadTemplateGrid, parseGridFile } from '../grid/gridTemplate.ts';
import { getMemberOrFail, setMembers } from './committee.ts';
import { declareConflict, replaceConflicts, withdrawConflict } from './conflicts.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import { setEligibility } from './eligibility.ts';
import { listEligibilityResults } from '../db/eligibilityRepo.ts';
import { setGrid } from './gridEditing.ts';
import { clearScore, SECRETARIAT, setScore } from './scoreEntry.ts';
import { importScoresCsv } from './scoresImport.ts';
import { updateScoringSettings } from './scoringSettings.ts';
import { readScoringSettings } from '../db/scoringSettingsRepo.ts';
import { markSheetComplete } from './sheetCompletion.ts';
import { agreementView, compareView, dossierScoresView, rankingView, sheetView, whatIfView } from './views.ts';

function readScoresFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new AppError('core.file_unreadable', { path, detail: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message });
  }
}

export const scoringHandlers: HandlerTable<ScoringMethod> = {
  membersList: (_arg, ctx) => listMembers(ctx.session.db()),
  gridGet: (_arg, ctx) => readGrid(ctx.session.db()),
  scoringSheet: ({ member, viewer }, ctx) => sheetView(ctx.session.db(), member, viewer),
  scoreSet: (entry, ctx) => setScore(ctx.session.db(), entry),
  scoreClear: ({ actor, reason, ...ref }, ctx) => clearScore(ctx.session.db(), ref, actor ?? ctx.actor, reason),
  sheetMarkComplete: ({ member, actor }, ctx) => markSheetComplete(ctx.session.db(), member, actor ?? ctx.actor),
  conflictsList: (_arg, ctx) => listConflicts(ctx.session.db()),
  conflictSet: ({ actor, changeReason, ...entry }, ctx) => declareConflict(ctx.session.db(), entry, actor ?? ctx.actor, undefined, changeReason),
  conflictWithdraw: ({ member, dossier, actor, reason }, ctx) => {
    getMemberOrFail(ctx.session.db(), member);
    return withdrawConflict(ctx.session.db(), member, dossier, actor ?? ctx.actor, reason);
  },
  eligibilityList: (_arg, ctx) => listEligibilityResults(ctx.session.db()),
  eligibilitySet: ({ entries, actor }, ctx) => {
    setEligibility(ctx.session.db(), entries, actor ?? ctx.actor);
    return listEligibilityResults(ctx.session.db());
  },
  scoringSettingsGet: (_arg, ctx) => readScoringSettings(ctx.session.db()),
  scoringSettingsSet: ({ actor, ...patch }, ctx) => updateScoringSettings(ctx.session.db(), patch, actor ?? ctx.actor),
  membersSet: ({ members, actor }, ctx) => setMembers(ctx.session.db(), members, actor ?? ctx.actor),
  gridSet: ({ grid, confirm, actor }, ctx) => setGrid(ctx.session.db(), parseGridFile(grid), { confirm: confirm ?? false, actor: actor ?? ctx.actor }),
  conflictsReplace: ({ entries, actor, reason }, ctx) => replaceConflicts(ctx.session.db(), entries, actor ?? ctx.actor, undefined, reason),
  scoresImport: ({ file, actor, reason }, ctx) => {
    const db = ctx.session.db();
    // Whoever typed the scores is recorded with each of them: the secretariat or a member of this session, no one else.
    const enteredBy = actor ?? ctx.actor ?? SECRETARIAT;
    if (enteredBy !== SECRETARIAT) getMemberOrFail(db, enteredBy);
    return importScoresCsv(db, readScoresFile(file), { source: file, actor: enteredBy, reason });
  },
  gridTemplate: ({ name }) => loadTemplateGrid(name),
  ranking: ({ viewer, ranges }, ctx) => rankingView(ctx.session.db(), viewer, ranges ?? true),
  agreement: ({ viewer }, ctx) => agreementView(ctx.session.db(), viewer),
  compare: ({ dossiers, viewer }, ctx) => compareView(ctx.session.db(), dossiers, viewer),
  dossierScores: ({ dossier, viewer }, ctx) => dossierScoresView(ctx.session.db(), dossier, viewer),
  whatIf: ({ viewer, ...change }, ctx) => whatIfView(ctx.session.db(), change, viewer),
};
