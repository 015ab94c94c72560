/**
 * The long crash run of single operations: SIGKILLs at random moments of an import, a migration, a lock, a package
 * export and the writing of the minutes (tests/fixtures/crash/operationCases.ts); after each, the file must open,
 * pass integrity_check and hold the state before or after the operation, and the user's files be absent or whole.
 * Not a speed case: it reports the kills and their outcomes per operation, and fails loudly on any failure. For the
 * record, median_ms is the median over the operations of their control run (ready → done, in the child), against the
 * floor of one durable copy of a demo session (what every operation writes at least once: its backup).
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSessionDb } from '../../../main/db/connection.ts';
import { populateDemoSession } from '../../../main/demo/demoSession.ts';
import { crashCase, type CaseReport } from '../../fixtures/crash/operationCases.ts';
import type { Operation } from '../../fixtures/crash/operationChild.ts';
import { median, round, type BenchCase } from '../measure.ts';

/** Kills per operation (the minutes take seconds per run: fewer). COMITIA_CRASH_KILLS overrides, for a quick look. */
const KILLS: Record<Operation, number> = { import: 15, migrate: 15, lock: 15, package: 15, minutes: 8 };

const bench: BenchCase = {
  name: 'crash: SIGKILL during import, migration, lock, package export, minutes',
  async run() {
    const seed = Date.now() % 100_000;
    const override = Number(process.env.COMITIA_CRASH_KILLS);
    const reports: CaseReport[] = [];
    for (const operation of Object.keys(KILLS) as Operation[]) {
      reports.push(await crashCase(operation, { kills: override > 0 ? override : KILLS[operation], seed: seed + reports.length, finish: true }));
    }
    const failures = reports.flatMap((r) => r.failures);
    if (failures.length) throw new Error(`seed ${seed}: ${failures.slice(0, 5).join('; ')}`);
    const dir = mkdtempSync(join(tmpdir(), 'comitia-bench-crashops-'));
    const db = await openSessionDb(join(dir, 'demo.comitia'), { create: true });
    populateDemoSession(db, { seed: 5 });
    db.close();
    const source = new Database(join(dir, 'demo.comitia'), { readonly: true });
    const f0 = performance.now();
    source.exec(`VACUUM INTO '${join(dir, 'copy.comitia')}'`);
    const floor = performance.now() - f0;
    source.close();
    const m = median(reports.map((r) => r.controlMs));
    return {
      case: bench.name,
      median_ms: round(m),
      floor_ms: round(floor),
      ratio: round(m / floor, 2),
      seed,
      kills: reports.reduce((n, r) => n + r.kills, 0),
      operations: Object.fromEntries(reports.map((r) => [r.operation, { kills: r.kills, after_done: r.late, outcomes: r.outcomes, control_ms: round(r.controlMs) }])),
      note: 'median_ms: median over the operations of the control run (ready to done in the child); floor: VACUUM INTO of the demo session',
    };
  },
};

export default bench;
