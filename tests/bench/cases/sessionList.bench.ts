/**
 * Opening a 5,000-dossier session and listing it (what the Dossiers area does at start), against the floor of the
 * raw library opening the same file and reading the same rows.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listDossiers, upsertDossier } from '../../../main/db/dossierRepo.ts';
import { generateDemoDossiers } from '../../../main/demo/demoDossiers.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { compare, timeRuns, type BenchCase } from '../measure.ts';

const COUNT = 5000;

const bench: BenchCase = {
  name: 'open a 5,000-dossier session and list it',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-bench-'));
    const path = join(dir, 'bench.comitia');
    try {
      const setup = new CurrentSession();
      await setup.create(path);
      const db = setup.db();
      db.transaction(() => generateDemoDossiers(COUNT, 7).forEach((d) => upsertDossier(db, d)))();
      setup.close();

      let listed = 0;
      const caseTimes = await timeRuns(async () => {
        const session = new CurrentSession();
        await session.open(path);
        listed = listDossiers(session.db()).length;
        session.close();
      });
      let floorRows = 0;
      const floorTimes = await timeRuns(() => {
        const raw = new Database(path, { fileMustExist: true });
        floorRows = raw.prepare('SELECT * FROM dossiers ORDER BY name').all().length;
        raw.close();
      });
      if (listed !== COUNT || floorRows !== COUNT) throw new Error(`listed ${listed}, floor read ${floorRows}, expected ${COUNT}`);
      return compare(bench.name, caseTimes, floorTimes, { dossiers: COUNT });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
