/**
 * The proposed selection as an integer programme: one binary x_d per eligible candidate, maximise Σ value_d·x_d,
 * and each target of common/deliberation/targets.ts stated as linear rows over x:
 *   count / count_with / missions: Σ a_d·x_d ≥ min, ≤ max (a_d = 1, the flag, the planned missions);
 *   share_with (share p of the selection):   Σ (f_d − p)·x_d ≥ 0 for a minimum, ≤ 0 for a maximum;
 *   mission_share_with:                     Σ m_d·(f_d − p)·x_d, likewise;
 *   echelons: per échelon e, Σ_{d∈e} x_d ≥ minEach and Σ ([d∈e] − maxShare)·x_d ≤ 0.
 * A share of an empty selection is then met, as evaluateTargets says. Written in the CPLEX LP format HiGHS reads.
 */
import { hasFlag, plannedMissions, type Target, type TargetDossier } from '../../common/deliberation/targets.ts';

export interface Row {
  /** Index of the target the row states. */
  target: number;
  /** Coefficient per candidate, in candidate order. */
  coef: Float64Array;
  sense: '>=' | '<=';
  rhs: number;
}

function row(target: number, n: number, sense: Row['sense'], rhs: number, a: (i: number) => number): Row {
  const coef = new Float64Array(n);
  for (let i = 0; i < n; i += 1) coef[i] = a(i);
  return { target, coef, sense, rhs };
}

/** The linear rows of every target, over `candidates` in their order. */
export function targetRows(targets: readonly Target[], candidates: readonly TargetDossier[]): Row[] {
  const n = candidates.length;
  const rows: Row[] = [];
  targets.forEach((t, k) => {
    const flag = (i: number): number => ('flag' in t && hasFlag(candidates[i]!, t.flag) ? 1 : 0);
    const missions = (i: number): number => plannedMissions(candidates[i]!);
    const bounded = (a: (i: number) => number): void => {
      if (t.kind === 'echelons') return;
      if (t.min !== null) rows.push(row(k, n, '>=', t.min, a));
      if (t.max !== null) rows.push(row(k, n, '<=', t.max, a));
    };
    const shared = (weight: (i: number) => number): void => {
      if (t.kind === 'echelons') return;
      if (t.min !== null) rows.push(row(k, n, '>=', 0, (i) => weight(i) * (flag(i) - t.min!)));
      if (t.max !== null) rows.push(row(k, n, '<=', 0, (i) => weight(i) * (flag(i) - t.max!)));
    };
    switch (t.kind) {
      case 'count':
        return bounded(() => 1);
      case 'count_with':
        return bounded(flag);
      case 'missions':
        return bounded(missions);
      case 'share_with':
        return shared(() => 1);
      case 'mission_share_with':
        return shared(missions);
      case 'echelons':
        for (const e of t.echelons) {
          const inE = (i: number): number => (candidates[i]!.echelon === e ? 1 : 0);
          if (t.minEach > 0) rows.push(row(k, n, '>=', t.minEach, inE));
          if (t.maxShare !== null) rows.push(row(k, n, '<=', 0, (i) => inE(i) - t.maxShare!));
        }
        return;
    }
  });
  return rows;
}

/** Shortest text that reads back as the same number (LP format takes JavaScript's exponent form). */
const num = (x: number): string => String(x);

/** `+ 2 x0 - 0.5 x3 …`, a few terms per line (the LP format lets an expression run over several lines). */
function expression(coef: ArrayLike<number>, keepZeros: boolean): string {
  const terms: string[] = [];
  for (let i = 0; i < coef.length; i += 1) {
    const c = coef[i]!;
    if (c === 0 && !keepZeros) continue;
    terms.push(`${c < 0 ? '-' : '+'} ${num(Math.abs(c))} x${i}`);
  }
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 16) lines.push(terms.slice(i, i + 16).join(' '));
  return lines.join('\n   ');
}

/**
 * The LP text of the model without the targets in `relaxed`. A row left with no term is a constant: dropped when it
 * holds, kept as `0 x0 ≥ rhs` when it does not, so that the solver reports the model infeasible.
 */
export function selectionLp(values: readonly number[], rows: readonly Row[], relaxed: ReadonlySet<number> = new Set()): string {
  const lines = ['Maximize', ` obj: ${expression(values, true)}`, 'Subject To'];
  let r = 0;
  for (const rw of rows) {
    if (relaxed.has(rw.target)) continue;
    let body = expression(rw.coef, false);
    if (body === '') {
      const holds = rw.sense === '>=' ? 0 >= rw.rhs : 0 <= rw.rhs;
      if (holds) continue;
      body = '0 x0';
    }
    lines.push(` r${r}: ${body} ${rw.sense} ${num(rw.rhs)}`);
    r += 1;
  }
  // No constraint left: HiGHS still wants the section, so one that always holds.
  if (r === 0) lines.push(' r0: 0 x0 >= 0');
  lines.push('Binary');
  for (let i = 0; i < values.length; i += 16) {
    lines.push(
      ' ' +
        Array.from({ length: Math.min(16, values.length - i) }, (_, j) => `x${i + j}`).join(' '),
    );
  }
  lines.push('End', '');
  return lines.join('\n');
}
