/**
 * `npm run bench`: runs every case in tests/bench/cases (or those named on the command line) and prints one JSON
 * object per case. No thresholds are asserted: the numbers are read and quoted, the machines being shared and noisy.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchCase } from './measure.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchCase };
  const bench = mod.default;
  if (wanted.length && !wanted.some((w) => bench.name.includes(w))) continue;
  try {
    console.log(JSON.stringify(await bench.run()));
  } catch (error) {
    failed += 1;
    console.log(JSON.stringify({ case: bench.name, error: (error as Error).message }));
  }
}
process.exitCode = failed ? 1 : 0;
