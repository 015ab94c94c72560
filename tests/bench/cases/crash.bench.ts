/**
 * The long crash run: 60 SIGKILLs at random moments of a process recording scores through the core; after each, the
 * file must open, pass integrity_check and hold every acknowledged score. Not a speed case: it reports counts (and,
 * for the record, the median acknowledged write against the floor of a raw better-sqlite3 insert with the same
 * pragmas), and fails loudly if anything was lost.
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSessionDb } from '../../../main/db/connection.ts';
import { populateDemoSession } from '../../../main/demo/demoSession.ts';
import { killLoop } from '../../fixtures/crash/killLoop.ts';
import { median, round, type BenchCase } from '../measure.ts';

const KILLS = 60;

const bench: BenchCase = {
  name: 'crash: SIGKILL while recording scores',
  async run() {
    const path = join(mkdtempSync(join(tmpdir(), 'comitia-bench-crash-')), 'crash.comitia');
    const db = await openSessionDb(path, { create: true });
    populateDemoSession(db, { seed: 5 });
    db.close();
    const report = await killLoop({ path, kills: KILLS, seed: Date.now() % 100_000, maxDelayMs: 900 });
    // Per run of the child: wall time (start-up included) per acknowledged write; the median over the runs.
    const perWrite = report.runs.filter((r) => r.acknowledged > 0).map((r) => r.ms / r.acknowledged);
    if (report.lost || report.integrityFailures) throw new Error(`lost ${report.lost}, integrity failures ${report.integrityFailures}`);
    // Floor: a raw durable insert, to read the acknowledged-write rate against.
    const raw = new Database(join(mkdtempSync(join(tmpdir(), 'comitia-bench-raw-')), 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER) STRICT');
    const insert = raw.prepare('INSERT OR REPLACE INTO t VALUES (?, ?)');
    const f0 = performance.now();
    for (let i = 0; i < 500; i += 1) insert.run(i, i);
    const floorPerWrite = (performance.now() - f0) / 500;
    raw.close();
    const m = median(perWrite);
    return {
      case: bench.name,
      median_ms: round(m),
      floor_ms: round(floorPerWrite),
      ratio: round(m / floorPerWrite, 2),
      kills: report.kills,
      acknowledged: report.acknowledged,
      lost: report.lost,
      integrity_failures: report.integrityFailures,
      note: 'median_ms: median over the runs of wall time per acknowledged write, child start-up included; floor: raw durable insert',
    };
  },
};

export default bench;
