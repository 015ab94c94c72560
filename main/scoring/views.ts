/**
 * What each person may see. Every read that carries other members' scores (or figures computed from them) goes
 * through here, so that a recused member, or under blind scoring a member who has not finished their sheet, never
 * receives them, whatever the interface does. `viewer` null is the secretariat.
 */
import type { Member } from '../../common/domain/types.ts';
import { agreementOf, rankingOf, type Analysis } from '../../common/scoring/analyse.ts';
import type { Agreement } from '../../common/scoring/agreement.ts';
import { compareDossiers } from '../../common/scoring/compare.ts';
import { failedChecks } from '../../common/scoring/eligibility.ts';
import type { ScoringSettings } from '../../common/scoring/input.ts';
import type { Ranking } from '../../common/scoring/ranking.ts';
import type { ComparisonView, DossierScoresView, RankingView, ScoringSheet, SheetRow, SheetScore, WhatIfView } from '../../common/scoring/views.ts';
import { blindedFor, isRecused, seesOthersScores, type VisibilityRules } from '../../common/scoring/visibility.ts';
import { whatIf, type WhatIfChange } from '../../common/scoring/whatIf.ts';
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';
import { getDossier } from '../db/dossierRepo.ts';
import { getMemberOrFail } from './committee.ts';
import { scoringSnapshot, type ScoringSnapshot } from './scoringSnapshot.ts';
import { scoresOfMember } from '../db/scoresRepo.ts';
import { listSheetMarks } from '../db/scoringSettingsRepo.ts';
import type { Firmness } from '../selection/rankFirmness.ts';

interface Context {
  snapshot: ScoringSnapshot;
  settings: ScoringSettings;
  rules: VisibilityRules;
  analysis: Analysis;
  viewer: Member | null;
}

function context(db: Db, viewerId: string | null): Context {
  const snapshot = scoringSnapshot(db);
  const rules: VisibilityRules = { blind: snapshot.settings.blind, recusals: snapshot.input.recusals, markedComplete: snapshot.markedComplete };
  return { snapshot, settings: snapshot.settings, rules, analysis: snapshot.analysis, viewer: viewerId === null ? null : getMemberOrFail(db, viewerId) };
}

function refuseIfBlinded(ctx: Context): void {
  if (ctx.viewer && blindedFor(ctx.viewer.id, ctx.rules)) {
    throw new AppError('scoring.blind_scoring', { name: ctx.viewer.name });
  }
}

// ── A member's sheet ────────────────────────────────────────────────────────────────────────────────────────────

export function sheetView(db: Db, memberId: string, viewerId: string | null): ScoringSheet {
  const ctx = context(db, viewerId);
  const member = getMemberOrFail(db, memberId);
  const { mx, complete, totals, input } = ctx.analysis;
  const checkIds = input.grid.eligibility.map((e) => e.id);
  const own = new Map<string, Record<string, SheetScore>>();
  for (const s of scoresOfMember(db, memberId)) {
    const row = own.get(s.dossier) ?? {};
    row[s.criterion] = { value: s.value, comment: s.comment, enteredBy: s.enteredBy, updatedAt: s.updatedAt };
    own.set(s.dossier, row);
  }
  const m = mx.members.indexOf(memberId);
  const D = mx.dossiers.length;
  let remainingDossiers = 0;
  let remainingScores = 0;
  const rows = mx.dossiers.map((d, di): SheetRow => {
    const recused = isRecused(input.recusals, memberId, d.id);
    const failed = failedChecks(d, checkIds);
    const scores = own.get(d.id) ?? {};
    const isComplete = m >= 0 && complete[m * D + di] === 1;
    if (m >= 0 && !recused && !failed.length && !isComplete) {
      remainingDossiers += 1;
      remainingScores += mx.criteria.filter((c) => !scores[c]).length;
    }
    const hidden = viewerId !== memberId && !seesOthersScores(viewerId, d.id, ctx.rules);
    return {
      dossier: d.id,
      recused,
      failedChecks: failed,
      scores: hidden ? {} : scores,
      complete: isComplete,
      total: !hidden && isComplete ? totals[m * D + di]! : null,
      hidden,
    };
  });
  return {
    member,
    blind: ctx.settings.blind,
    markedComplete: listSheetMarks(db).find((x) => x.member === memberId)?.markedAt ?? null,
    rows,
    remaining: { dossiers: remainingDossiers, scores: remainingScores },
  };
}

// ── Ranking, what-if ─────────────────────────────────────────────────────────────────────────────────────────────

/** Keeps a recused viewer's dossiers in place (the rank is the committee's result) but withholds their figures. */
function maskRanking(r: Ranking, ctx: Context, firmness: Firmness | null = null): RankingView {
  const ranges = new Map(firmness?.ranges.map((x) => [x.dossier, x]));
  return {
    ...r,
    ranking: r.ranking.map((row) => {
      const hidden = !seesOthersScores(ctx.viewer?.id ?? null, row.dossier, ctx.rules);
      // The range, like the rank, is the committee's result: kept for a hidden row.
      const range = ranges.get(row.dossier);
      const firm = { rankRange: range ? ([range.best, range.worst] as [number, number]) : null, contested: range?.contested ?? false };
      return hidden ? { ...row, raw: null, normalized: null, median: null, spread: null, hidden, ...firm } : { ...row, hidden, ...firm };
    }),
  };
}

/**
 * `ranges` false leaves out the rank ranges (rankRange null, contested false): the live ranking beside the sheet does
 * not show them, and they cost one ranking per member left out.
 */
export function rankingView(db: Db, viewerId: string | null, ranges = true): RankingView {
  const ctx = context(db, viewerId);
  refuseIfBlinded(ctx);
  if (!ranges) return maskRanking(rankingOf(ctx.analysis, ctx.settings), ctx);
  const firmness = ctx.snapshot.firmness();
  return maskRanking(firmness.ranking, ctx, firmness);
}

export function whatIfView(db: Db, change: WhatIfChange, viewerId: string | null): WhatIfView {
  const ctx = context(db, viewerId);
  refuseIfBlinded(ctx);
  const known = new Set(ctx.analysis.input.grid.criteria.map((c) => c.id));
  const unknown = Object.keys(change.weights ?? {}).find((id) => !known.has(id));
  if (unknown) throw new AppError('scoring.whatif_unknown_criterion', { criterion: unknown }, { field: `weights.${unknown}` });
  const members = new Set(ctx.analysis.input.members.map((m) => m.id));
  const stranger = (change.excludeMembers ?? []).find((id) => !members.has(id));
  if (stranger) throw new AppError('scoring.whatif_unknown_member', { member: stranger }, { field: 'excludeMembers' });
  const r = whatIf(ctx.analysis.input, ctx.settings, change);
  return { ...r, before: maskRanking(r.before, ctx), after: maskRanking(r.after, ctx) };
}

// ── Agreement ────────────────────────────────────────────────────────────────────────────────────────────────────

export function agreementView(db: Db, viewerId: string | null): Agreement {
  const ctx = context(db, viewerId);
  refuseIfBlinded(ctx);
  return agreementOf(ctx.analysis);
}

// ── Side-by-side comparison ──────────────────────────────────────────────────────────────────────────────────────

export function compareView(db: Db, dossierIds: readonly string[], viewerId: string | null): ComparisonView {
  const ctx = context(db, viewerId);
  const facts = dossierIds.map((id) => {
    const d = getDossier(db, id);
    if (!d) throw new AppError('scoring.compare_unknown_dossier', { dossier: id });
    return d;
  });
  const cmp = compareDossiers(ctx.analysis, dossierIds);
  const viewer = ctx.viewer?.id ?? null;
  const hidden = dossierIds.filter((id) => !seesOthersScores(viewer, id, ctx.rules));
  const masked = new Set(hidden);
  return {
    ...cmp,
    criteria: cmp.criteria.map((row) => ({
      ...row,
      cells: row.cells.map((cell) =>
        masked.has(cell.dossier) ? { ...cell, mean: null, spread: null, scores: cell.scores.filter((s) => s.member === viewer) } : cell,
      ),
    })),
    totals: cmp.totals.map((t) =>
      masked.has(t.dossier) ? { ...t, raw: null, normalized: null, median: null, spread: null } : t,
    ),
    facts,
    hidden,
  };
}

/** One dossier's means and spreads by criterion, masked as the comparison masks them. */
export function dossierScoresView(db: Db, dossierId: string, viewerId: string | null): DossierScoresView {
  const view = compareView(db, [dossierId], viewerId);
  return {
    dossier: dossierId,
    hidden: view.hidden.includes(dossierId),
    criteria: view.criteria.map((row) => ({ criterion: row.criterion, mean: row.cells[0]?.mean ?? null, spread: row.cells[0]?.spread ?? null })),
  };
}
