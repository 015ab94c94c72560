/**
 * Importing 5,000 dossiers of 40 columns from a démarches-simplifiées XLSX export into a fresh session, against the
 * floor of the same work done bare: exceljs reading the same file, plus plain inserts of the same rows (40 values
 * each, one transaction) into a session file opened with the same pragmas.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSessionDb } from '../../../main/db/connection.ts';
import { runImport } from '../../../main/import/runImport.ts';
import { CurrentSession } from '../../../main/session/currentSession.ts';
import { dsHeaders, dsRow, sampleDossiers, type FixtureDossier } from '../../fixtures/import/dsExport.ts';
import { compare, type BenchCase } from '../measure.ts';

const COUNT = 5000;
const COLUMNS = 40;
const RUNS = 7;

/** Fictional dossiers spread over the sample's échelons, with varied answers. */
function dossiers(): FixtureDossier[] {
  const samples = sampleDossiers().filter((d) => d.state !== 'Brouillon');
  return Array.from({ length: COUNT }, (_, i) => {
    const s = samples[i % samples.length]!;
    return {
      ...s,
      id: 100000 + i,
      name: `${s.name} ${i}`,
      motivation: `${s.motivation} Réponse n° ${i} : ${'texte libre '.repeat(8 + (i % 20))}`,
      project: `${s.project} Variante ${i % 97}.`,
      sending: i % 7,
      hosting: i % 3,
    };
  });
}

async function writeWorkbook(path: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dossiers');
  const headers = dsHeaders('2024');
  const pad = Array.from({ length: COLUMNS - headers.length }, (_, i) => `Annotation privée ${i + 1}`);
  ws.addRow([...headers, ...pad]);
  for (const d of dossiers()) ws.addRow([...dsRow('2024', d), ...pad.map((_, j) => (j % 2 ? `Note ${d.id}` : d.id % 5))]);
  await wb.xlsx.writeFile(path);
  return headers.length + pad.length;
}

const bench: BenchCase = {
  name: 'import 5,000 dossiers x 40 columns from XLSX',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'comitia-bench-'));
    try {
      const source = join(dir, 'export.xlsx');
      const width = await writeWorkbook(source);
      const template = join(dir, 'empty.comitia');
      const setup = new CurrentSession();
      await setup.create(template);
      setup.close();

      // Case and floor alternate run by run, so that both see the same moments of a shared, noisy machine.
      const caseTimes: number[] = [];
      const floorTimes: number[] = [];
      let imported = 0;
      let inserted = 0;
      const importOnce = async (run: number): Promise<number> => {
        const path = join(dir, `case-${run}.comitia`);
        copyFileSync(template, path);
        const db = await openSessionDb(path);
        const t0 = performance.now();
        const report = await runImport(db, { source });
        const t = performance.now() - t0;
        db.close();
        imported = report.imported;
        return t;
      };
      const floorOnce = async (run: number): Promise<number> => {
        const path = join(dir, `floor-${run}.comitia`);
        copyFileSync(template, path);
        const db = await openSessionDb(path);
        const cols = Array.from({ length: width }, (_, i) => `c${i}`);
        db.exec(`CREATE TABLE raw_rows (${cols.join(', ')})`);
        const t0 = performance.now();
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(source) as unknown as ArrayBuffer);
        const insert = db.prepare(`INSERT INTO raw_rows VALUES (${cols.map(() => '?').join(', ')})`);
        inserted = 0;
        db.transaction(() => {
          wb.getWorksheet('Dossiers')!.eachRow((row, n) => {
            if (n === 1) return;
            const values = (row.values as unknown[]).slice(1);
            insert.run(
              Array.from({ length: width }, (_, i) => {
                const v = values[i];
                return v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? Number(v) : (v ?? null);
              }),
            );
            inserted += 1;
          });
        })();
        const t = performance.now() - t0;
        db.close();
        return t;
      };
      // One untimed warm-up of each (module loading, reference data, JIT), then RUNS timed pairs.
      await importOnce(0);
      await floorOnce(0);
      for (let run = 1; run <= RUNS; run += 1) {
        caseTimes.push(await importOnce(run));
        floorTimes.push(await floorOnce(run));
      }
      if (imported !== COUNT || inserted !== COUNT) throw new Error(`imported ${imported}, floor inserted ${inserted}, expected ${COUNT}`);
      return compare(bench.name, caseTimes, floorTimes, { dossiers: COUNT, columns: width, file_bytes: readFileSync(source).length });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
