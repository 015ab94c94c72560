/** The scoring methods of the API contract: thin calls into main/scoring, spread into the handler table of api.ts. */
import type { MethodName, MethodOutput, ParsedInput } from '../../common/api/contract.ts';
import type { ApiContext } from '../api.ts';
import { parseGridFile } from '../grid/gridTemplate.ts';
import { getMemberOrFail, setMembers } from './committee.ts';
import { declareConflict, withdrawConflict } from './conflicts.ts';
import { listConflicts } from './conflictsRepo.ts';
import { setEligibility } from './eligibility.ts';
import { listEligibilityResults } from './eligibilityRepo.ts';
import { setGrid } from './gridEditing.ts';
import { clearScore, setScore } from './scoreEntry.ts';
import { updateScoringSettings } from './scoringSettings.ts';
import { readScoringSettings } from './settingsRepo.ts';
import { markSheetComplete } from './sheetCompletion.ts';
import { agreementView, compareView, rankingView, sheetView, whatIfView } from './views.ts';

type ScoringMethod = Extract<
  MethodName,
  | 'scoringSheet' | 'scoreSet' | 'scoreClear' | 'sheetMarkComplete' | 'conflictsList' | 'conflictSet' | 'conflictWithdraw'
  | 'eligibilityList' | 'eligibilitySet' | 'scoringSettingsGet' | 'scoringSettingsSet' | 'membersSet' | 'gridSet'
  | 'ranking' | 'agreement' | 'compare' | 'whatIf'
>;

export const scoringHandlers: { [M in ScoringMethod]: (arg: ParsedInput<M>, ctx: ApiContext) => MethodOutput<M> } = {
  scoringSheet: ({ member, viewer }, ctx) => sheetView(ctx.session.db(), member, viewer),
  scoreSet: (entry, ctx) => setScore(ctx.session.db(), entry),
  scoreClear: ({ actor, ...ref }, ctx) => clearScore(ctx.session.db(), ref, actor ?? null),
  sheetMarkComplete: ({ member, actor }, ctx) => markSheetComplete(ctx.session.db(), member, actor ?? null),
  conflictsList: (_arg, ctx) => listConflicts(ctx.session.db()),
  conflictSet: ({ actor, ...entry }, ctx) => declareConflict(ctx.session.db(), entry, actor ?? null),
  conflictWithdraw: ({ member, dossier, actor }, ctx) => {
    getMemberOrFail(ctx.session.db(), member);
    return withdrawConflict(ctx.session.db(), member, dossier, actor ?? null);
  },
  eligibilityList: (_arg, ctx) => listEligibilityResults(ctx.session.db()),
  eligibilitySet: ({ entries, actor }, ctx) => {
    setEligibility(ctx.session.db(), entries, actor ?? null);
    return listEligibilityResults(ctx.session.db());
  },
  scoringSettingsGet: (_arg, ctx) => readScoringSettings(ctx.session.db()),
  scoringSettingsSet: ({ actor, ...patch }, ctx) => updateScoringSettings(ctx.session.db(), patch, actor ?? null),
  membersSet: ({ members, actor }, ctx) => setMembers(ctx.session.db(), members, actor ?? null),
  gridSet: ({ grid, confirm, actor }, ctx) => setGrid(ctx.session.db(), parseGridFile(grid), { confirm: confirm ?? false, actor: actor ?? null }),
  ranking: ({ viewer }, ctx) => rankingView(ctx.session.db(), viewer),
  agreement: ({ viewer }, ctx) => agreementView(ctx.session.db(), viewer),
  compare: ({ dossiers, viewer }, ctx) => compareView(ctx.session.db(), dossiers, viewer),
  whatIf: ({ viewer, ...change }, ctx) => whatIfView(ctx.session.db(), change, viewer),
};
