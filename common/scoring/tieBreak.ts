/**
 * Tie-break rules, declared in the grid before scoring and applied in order: `criterion:<id>` puts the higher raw
 * mean on that criterion first, `deposited` the earlier submission first.
 */
import { message, type Message } from '../i18n/messageCode.ts';

export type TieBreakRule = { kind: 'criterion'; criterion: string } | { kind: 'deposited' };

const CRITERION_RULE = 'criterion:';

export function parseTieBreakRule(rule: string): TieBreakRule | null {
  if (rule === 'deposited') return { kind: 'deposited' };
  if (rule.startsWith(CRITERION_RULE) && rule.length > CRITERION_RULE.length) {
    return { kind: 'criterion', criterion: rule.slice(CRITERION_RULE.length) };
  }
  return null;
}

/** Why a rule cannot be applied to this grid (a `grid.*` message); null when it is fine. */
export function tieBreakRuleProblem(rule: string, criterionIds: ReadonlySet<string>): Message | null {
  const parsed = parseTieBreakRule(rule);
  if (!parsed) return message('grid.rule_unknown', { rule });
  if (parsed.kind === 'criterion' && !criterionIds.has(parsed.criterion)) {
    return message('grid.rule_unknown_criterion', { rule, criterion: parsed.criterion });
  }
  return null;
}

/** Milliseconds since the epoch, or null when the date is missing or unreadable (such dossiers go after the others). */
export function depositedTime(depositedAt: string | null): number | null {
  if (depositedAt === null) return null;
  const t = Date.parse(depositedAt);
  return Number.isNaN(t) ? null : t;
}
