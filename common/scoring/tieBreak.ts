/**
 * Tie-break rules, declared in the grid before scoring and applied in order: `criterion:<id>` puts the higher raw
 * mean on that criterion first, `deposited` the earlier submission first.
 */
export type TieBreakRule = { kind: 'criterion'; criterion: string } | { kind: 'deposited' };

export function parseTieBreakRule(rule: string): TieBreakRule | null {
  if (rule === 'deposited') return { kind: 'deposited' };
  if (rule.startsWith('criterion:') && rule.length > 'criterion:'.length) {
    return { kind: 'criterion', criterion: rule.slice('criterion:'.length) };
  }
  return null;
}

/** Why a rule cannot be applied to this grid, in French for the person editing it; null when it is fine. */
export function tieBreakRuleProblem(rule: string, criterionIds: readonly string[]): string | null {
  const parsed = parseTieBreakRule(rule);
  if (!parsed) return `règle de départage « ${rule} » inconnue (attendu : « criterion:<id> » ou « deposited »)`;
  if (parsed.kind === 'criterion' && !criterionIds.includes(parsed.criterion)) {
    return `règle de départage « ${rule} » : le critère « ${parsed.criterion} » n'existe pas dans la grille`;
  }
  return null;
}

/** Milliseconds since the epoch, or null when the date is missing or unreadable (such dossiers go after the others). */
export function depositedTime(depositedAt: string | null): number | null {
  if (depositedAt === null) return null;
  const t = Date.parse(depositedAt);
  return Number.isNaN(t) ? null : t;
}
