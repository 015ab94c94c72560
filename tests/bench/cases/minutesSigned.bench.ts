/**
 * `minutes signed`: the procès-verbal of 300 dossiers with every annex, rendered to PDF/A-2b and signed twice (the
 * chair's signature on the finished file, then the secretary's, both incremental updates), target under 3 s here.
 * The floor is pdfmake rendering the same document definition alone (built outside the timing): the ratio says what
 * the minutes' words, checks, widened font subset and two PAdES signatures add on top of the engine.
 */
import { performance } from 'node:perf_hooks';
import { minutesDocDefinition, renderMinutes } from '../../../main/minutes/document/minutesDocument.ts';
import { renderPdf } from '../../../main/minutes/document/pdfRenderer.ts';
import { appendSignature, signFinishedMinutes } from '../../../main/minutes/signing/incrementalSignature.ts';
import { readPkcs12 } from '../../../main/minutes/signing/pkcs12.ts';
import { createSelfIssuedPkcs12 } from '../../../main/minutes/signing/selfIssued.ts';
import { verifyPdfSignatures } from '../../../main/minutes/signing/verify.ts';
import { sampleMinutes } from '../../integration/minutes/document/minutesFixture.ts';
import { compare, type BenchCase } from '../measure.ts';

const DOSSIERS = 300;
const RUNS = 3;

const bench: BenchCase = {
  name: 'minutes signed: 300 dossiers with every annex, rendered and signed twice',
  async run() {
    const input = sampleMinutes({ dossiers: DOSSIERS, locked: true, grids: 'named' });
    // Keys are made once, outside the timing: a signer brings their certificate.
    const chair = await readPkcs12(await createSelfIssuedPkcs12({ commonName: input.chair.name, password: 'p' }), 'p');
    const secretary = await readPkcs12(await createSelfIssuedPkcs12({ commonName: input.secretary.name, password: 'p' }), 'p');
    let pages = 0;
    let bytes = 0;
    let toc = false;
    const signed = async () => {
      const rendered = await renderMinutes(input);
      const one = await signFinishedMinutes(rendered.pdf, { identity: chair, role: 'chair' });
      const two = await appendSignature(one, { identity: secretary, role: 'secretary' });
      pages = rendered.pages;
      bytes = two.length;
      toc = rendered.toc;
      return two;
    };
    const valid = (await verifyPdfSignatures(await signed())).valid;
    await renderPdf(minutesDocDefinition(input, { toc }));
    const caseTimes: number[] = [];
    const floorTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      let t0 = performance.now();
      await signed();
      caseTimes.push(performance.now() - t0);
      const definition = minutesDocDefinition(input, { toc });
      t0 = performance.now();
      await renderPdf(definition);
      floorTimes.push(performance.now() - t0);
    }
    return compare(this.name, caseTimes, floorTimes, { dossiers: DOSSIERS, pages, bytes, toc, valid, targetMs: 3000 });
  },
};

export default bench;
