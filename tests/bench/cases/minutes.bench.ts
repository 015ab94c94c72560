/**
 * The procès-verbal of a large session: 300 dossiers with every annex (attendance sheet, seven named individual
 * grids of 300 rows, agreement statistics, fingerprint), table of contents, rendered to PDF/A-2b. The floor is
 * pdfmake rendering the same document definition alone (built once, outside the timing): what the minutes add on
 * top of the engine is building the definition (French words, typography, checks) and deciding on the contents.
 */
import { minutesDocDefinition, renderMinutes } from '../../../main/minutes/document/minutesDocument.ts';
import { renderPdf } from '../../../main/minutes/document/pdfRenderer.ts';
import { sampleMinutes } from '../../integration/minutes/document/minutesFixture.ts';
import { performance } from 'node:perf_hooks';
import { compare, type BenchCase } from '../measure.ts';

const DOSSIERS = 300;
const RUNS = 5;

const bench: BenchCase = {
  name: 'minutes: procès-verbal of 300 dossiers with every annex (PDF/A-2b)',
  async run() {
    const input = sampleMinutes({ dossiers: DOSSIERS, locked: true, grids: 'named' });
    let pages = 0;
    let bytes = 0;
    let toc = false;
    const minutes = async () => {
      const rendered = await renderMinutes(input);
      pages = rendered.pages;
      bytes = rendered.pdf.length;
      toc = rendered.toc;
    };
    await minutes();
    // pdfmake mutates the definition it is given: a fresh one per floor run, built before its clock starts.
    await renderPdf(minutesDocDefinition(input, { toc }));
    // Case and floor alternate, so that the machine's load (shared, noisy) weighs on both alike.
    const caseTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      let t0 = performance.now();
      await minutes();
      caseTimes.push(performance.now() - t0);
      const definition = minutesDocDefinition(input, { toc });
      t0 = performance.now();
      await renderPdf(definition);
      floorTimes.push(performance.now() - t0);
    }
    return compare(this.name, caseTimes, floorTimes, { dossiers: DOSSIERS, pages, bytes, toc });
  },
};

export default bench;
