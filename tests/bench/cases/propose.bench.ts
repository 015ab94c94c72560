/**
 * « Proposer une sélection » on 300 dossiers with the six Territoires Volontaires targets: the integer programme
 * stated, solved by HiGHS, and each target relaxed in turn to see which bind (seven solves in all, the six
 * relaxations from the optimum and stopping at the first better selection). The floor is
 * HiGHS solving the same LP text once, alone: the least any proposal must do. Target ≤ 1 s (issue 9).
 */
import type { Echelon } from '../../../common/domain/types.ts';
import { territoiresVolontairesTargets } from '../../../common/deliberation/targets.ts';
import { mulberry32 } from '../../../common/seededRandom.ts';
import { loadHighs, solveLp } from '../../../main/deliberation/highs.ts';
import { proposeSelection, selectionProblem, type ProposalCandidate } from '../../../main/deliberation/proposeSelection.ts';
import { selectionLp } from '../../../main/deliberation/selectionModel.ts';
import { compare, round, timeRuns, type BenchCase } from '../measure.ts';

const DOSSIERS = 300;
const RUNS = 7;

/** A call's worth of applicants, seeded: mostly communes and EPCI, half first-timers, a few overseas. */
function candidates(): ProposalCandidate[] {
  const rnd = mulberry32(2022);
  const echelon = (): Echelon => {
    const u = rnd();
    return u < 0.45 ? 'commune' : u < 0.7 ? 'epci' : u < 0.85 ? 'departement' : u < 0.95 ? 'region' : 'autre';
  };
  return Array.from({ length: DOSSIERS }, (_, d) => {
    const vsi = rnd() < 0.35 ? 1 + Math.floor(rnd() * 3) : 0;
    return {
      id: `D${d}`,
      echelon: echelon(),
      outreMer: rnd() < 0.08,
      firstTimeInternational: rnd() < 0.3,
      firstTimeVolunteering: rnd() < 0.35,
      priorityCountry: rnd() < 0.35,
      missionsSending: null,
      missionsHosting: null,
      missionsSci: 1 + Math.floor(rnd() * 6),
      missionsVsi: vsi,
      // A normalised value on the grid's scale of totals.
      value: Math.round((10 + rnd() * 20) * 100) / 100,
    };
  });
}

const bench: BenchCase = {
  name: 'propose: proposed selection, 300 dossiers × the six default targets (HiGHS)',
  async run() {
    const pool = candidates();
    const targets = territoiresVolontairesTargets();
    const highs = await loadHighs();
    let last = await proposeSelection(pool, targets);
    // CPU time too: on a shared machine the wall clock also counts the other processes' turns.
    const cpuBefore = process.cpuUsage();
    const caseTimes = await timeRuns(async () => {
      last = await proposeSelection(pool, targets);
    }, RUNS, 0);
    const cpu = process.cpuUsage(cpuBefore);
    const problem = selectionProblem(pool, targets);
    const lp = selectionLp(problem.values, problem.rows);
    const floorCpuBefore = process.cpuUsage();
    const floorTimes = await timeRuns(() => {
      if (solveLp(highs, lp).status !== 'optimal') throw new Error('the floor model did not solve');
    }, RUNS, 0);
    const floorCpu = process.cpuUsage(floorCpuBefore);
    const perRun = (u: NodeJS.CpuUsage) => round((u.user + u.system) / 1000 / RUNS);
    return compare(bench.name, caseTimes, floorTimes, {
      dossiers: DOSSIERS,
      status: last.status,
      selected: last.selected.length,
      objective: Math.round(last.objective * 100) / 100,
      binding: last.binding,
      cpu_ms: perRun(cpu),
      floor_cpu_ms: perRun(floorCpu),
      target_ms: 1000,
    });
  },
};

export default bench;
