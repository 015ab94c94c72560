/**
 * The procès-verbal as a real PDF, read back with poppler and qpdf: the words a reader looks for (accented names,
 * decisions, motivations, recusals, page numbers), « PROJET » exactly when the session is not locked, every font
 * embedded, a clean structure, PDF/A-2b identification and output intent, an /ID, no encryption and no JavaScript,
 * and the two signature frames at their fixed places on the last page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMinutes, TOC_FROM_PAGES, type RenderedMinutes } from '../../../../main/minutes/document/minutesDocument.ts';
import { signatureFrames } from '../../../../main/minutes/document/signatureFrames.ts';
import { AppError } from '../../../../common/result.ts';
import { inspectPdf, pageContents, rectangles, type PdfReport } from './pdfTools.ts';
import { sampleMinutes } from './minutesFixture.ts';

describe('the minutes as PDF/A-2b', () => {
  let locked: RenderedMinutes;
  let draft: RenderedMinutes;
  let lockedPdf: PdfReport;
  let draftPdf: PdfReport;

  beforeAll(async () => {
    locked = await renderMinutes(sampleMinutes({ dossiers: 12, locked: true, grids: 'named' }));
    draft = await renderMinutes(sampleMinutes({ dossiers: 12, locked: false, grids: 'anonymised' }));
    lockedPdf = inspectPdf(locked.pdf);
    draftPdf = inspectPdf(draft.pdf);
  }, 60_000);

  it('prints the accented names, the decisions, motivations and recusals, French-typographed', () => {
    const text = lockedPdf.text;
    for (const name of ['Hélène Dupré', 'Anaïs Lefèvre-Çelik', 'François Núñez', 'Jérôme Ødegård', 'Noël Štěpánek', 'Bérénice Aubépine']) {
      expect(text).toContain(name);
    }
    for (const decision of ['Retenu', 'Retenu sous réserve', 'Liste d’attente', 'Non retenu', 'Ajourné']) {
      expect(lockedPdf.plainText.replace(/\s+/g, ' ')).toContain(decision);
    }
    expect(text).toContain('Motivation : Projet prometteur : partenariat réciproque avec Sénégal ; budget « réaliste » !');
    expect(text).toContain('Conditions : Convention signée avant le 30 juin ; Référent désigné');
    expect(text).toMatch(/Maëlle Günther s’est déporté\(e\) \(conjoint agent de la collectivité\) et a quitté la salle de 15 h 40 à\s+15 h 55/);
    expect(text).toContain('Zoé Brûlé a déclaré un intérêt (ancienne élue de la commune)');
    expect(text).toContain('Le comité de sélection s’est réuni le 12 avril 2022, de 14 h 30 à 17 h 05.');
    expect(text).toContain('Missions en Afrique');
    expect(text).toContain('1 234');
    expect(text).toContain('27,5 %');
    expect(text).toContain('représenté(e) par Zoé Brûlé');
    expect(text).toContain('la séance est levée à 17 h 05');
  });

  it('puts the sections in the expected order, annexes before the signatures on the last page', () => {
    const order = [
      '1. Séance', '2. Participants', '3. Quorum', '4. Ordre du jour', '5. Rappel du cadre de sélection',
      '6. Déclarations d’intérêts et déports', '7. Méthode', '8. Résultats', '9. Liste d’attente',
      '10. Dossiers non éligibles', '11. Bilan au regard des objectifs du programme', '12. Modifications après verrouillage',
      '13. Clôture', 'Annexe A — Feuille d’émargement', 'Annexe B — Grilles de notation individuelles',
      'Annexe C — Accord entre les membres', 'Annexe D — Empreinte des données', 'Signatures',
    ];
    // After the table of contents, which lists the same headings.
    const body = lockedPdf.text.slice(lockedPdf.text.indexOf('Le comité de sélection s’est réuni'));
    const positions = order.slice(1).map((h) => body.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const lastPage = lockedPdf.text.split('\f').filter((p) => p.trim()).at(-1)!;
    expect(lastPage).toContain('Signatures');
    expect(lastPage).toContain('Le président de séance');
    expect(lastPage).toContain('Le secrétaire de séance');
    expect(lastPage).toContain('Fait à Paris, le 12 avril 2022.');
    expect(lastPage).not.toContain('Annexe');
  });

  it('numbers every page « Page n / N », with the session in the header and the fingerprint in the footer', () => {
    const n = lockedPdf.pages;
    expect(n).toBeGreaterThanOrEqual(TOC_FROM_PAGES);
    expect(locked.pages).toBe(n);
    const pages = lockedPdf.text.split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(n);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} / ${n}`);
      expect(page).toContain('Territoires Volontaires — séance n° 3 du 12 avril 2022');
      expect(page).toContain(`Empreinte des données : ${'a1'.repeat(32)}`);
    });
  });

  it('opens with a table of contents once it runs past a few pages, and not when short', async () => {
    expect(locked.toc).toBe(true);
    expect(lockedPdf.text).toContain('Sommaire');
    const short = await renderMinutes({ ...sampleMinutes({ dossiers: 2, grids: 'none' }), annexes: { attendanceSheet: false } });
    const shortPdf = inspectPdf(short.pdf);
    expect(short.pages).toBeLessThan(TOC_FROM_PAGES);
    expect(short.toc).toBe(false);
    expect(shortPdf.text).not.toContain('Sommaire');
  }, 30_000);

  it('writes « PROJET » on every page of a draft, and nowhere once locked', () => {
    expect(draftPdf.largeWords).toHaveLength(draftPdf.pages);
    for (const words of draftPdf.largeWords) expect(words).toBe('PROJET');
    expect(draftPdf.text).toContain('la session n’est pas verrouillée');
    expect(lockedPdf.largeWords.every((words) => words === '')).toBe(true);
    expect(lockedPdf.squeezed).not.toMatch(/PROJET|PR.*OJ.*ET/);
  });

  it('anonymises the individual grids as « Membre A », « Membre B »… when asked', () => {
    expect(draftPdf.text).toContain('Membre A');
    expect(draftPdf.text).toContain('Membre G');
    const grids = draftPdf.text.slice(draftPdf.text.indexOf('Grilles de notation individuelles', draftPdf.text.indexOf('Annexe A —', 2000)));
    expect(grids.slice(0, grids.indexOf('Annexe C'))).not.toContain('François Núñez');
    expect(lockedPdf.text).not.toContain('Membre A');
  });

  it('prints the fingerprint and the audit head in the last annex', () => {
    expect(lockedPdf.squeezed).toContain('a1'.repeat(32));
    expect(lockedPdf.squeezed).toContain(`Derniermaillondujournald’audit:${'b'.repeat(64)}`);
  });

  it('embeds every font (DejaVu Sans subsets)', () => {
    for (const pdf of [lockedPdf, draftPdf]) {
      expect(pdf.fonts.length).toBeGreaterThan(0);
      for (const font of pdf.fonts) {
        expect(font.embedded).toBe(true);
        expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
      }
    }
  });

  it('passes qpdf --check and identifies itself as PDF/A-2b with an output intent, an /ID, no encryption, no JavaScript', () => {
    for (const pdf of [lockedPdf, draftPdf]) {
      expect(pdf.qpdfCheck.status).toBe(0);
      expect(pdf.qpdfCheck.output).toContain('No syntax or stream encoding errors found');
      expect(pdf.qdf).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(pdf.qdf).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
      expect(pdf.qdf).toMatch(/\/Type \/OutputIntent/);
      expect(pdf.qdf).toMatch(/\/S \/GTS_PDFA1/);
      expect(pdf.qdf).toMatch(/trailer <<[\s\S]*\/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]/);
      expect(pdf.qdf).not.toMatch(/\/Encrypt\b/);
      expect(pdf.qdf).not.toMatch(/\/JavaScript\b|\/JS\b/);
      expect(pdf.qdf).toContain('/Lang (fr-FR)');
      expect(pdf.info).toMatch(/PDF version:\s+1\.7/);
      expect(pdf.info).toMatch(/Title:\s+Procès-verbal de la séance n° 3 du comité de sélection/);
      expect(pdf.info).toMatch(/Author:\s+France Volontaires/);
      expect(pdf.info).toMatch(/Subject:\s+Territoires Volontaires — Appel à projets 2022/);
      expect(pdf.info).toMatch(/Encrypted:\s+no/);
      // pdfmake marks no content: the file does not claim a structure it lacks (see pdfRenderer.ts).
      expect(pdf.info).toMatch(/Tagged:\s+no/);
    }
  });

  it('draws the two signature frames at their fixed places on the last page, and nowhere else', () => {
    const pageHeight = 841.89;
    const last = rectangles(pageContents(lockedPdf.qdf, lockedPdf.pages));
    for (const frame of signatureFrames()) {
      // pdfkit draws in a top-left system (1 0 0 -1 0 H cm): the rectangle's y is the frame's top edge.
      const drawn = last.find(([x, y, w, h]) =>
        Math.abs(x! - frame.x) < 0.01 && Math.abs(y! - (pageHeight - frame.rect[3])) < 0.01 && Math.abs(w! - frame.width) < 0.01 && Math.abs(h! - frame.height) < 0.01,
      );
      expect(drawn, `${frame.role} frame on the last page`).toBeDefined();
    }
    const before = rectangles(pageContents(lockedPdf.qdf, lockedPdf.pages - 1));
    expect(before.some(([x, , w]) => Math.abs(x! - signatureFrames()[0]!.x) < 0.01 && Math.abs(w! - signatureFrames()[0]!.width) < 0.01)).toBe(false);
  });

  it('refuses results out of rank order and a waiting list naming a dossier not on it, naming the dossier', async () => {
    const input = sampleMinutes({ dossiers: 4, grids: 'none' });
    const swapped = { ...input, results: [input.results[1]!, input.results[0]!, ...input.results.slice(2)] };
    await expect(renderMinutes(swapped)).rejects.toMatchObject({ code: 'minutes.results_not_sorted', params: { id: 'D0001', rank: 1, previous: 2 } });
    await expect(renderMinutes({ ...input, waitingList: ['D0001'] })).rejects.toBeInstanceOf(AppError);
    await expect(renderMinutes({ ...input, waitingList: ['D0001'] })).rejects.toMatchObject({ code: 'minutes.waiting_list_unknown', params: { id: 'D0001' } });
  });
});


describe('the minutes metadata', () => {
  it('stays well-formed XMP when names carry « & » or « < », and carries the fingerprint and audit head as keywords', async () => {
    const input = { ...sampleMinutes({ dossiers: 2, grids: 'none' }), programme: 'Europe & International <2022>', organiser: 'Cités & Territoires' };
    const pdf = inspectPdf((await renderMinutes(input)).pdf);
    // The qdf text is read as Latin-1 (binary-safe); the XMP packet is UTF-8.
    const xmp = Buffer.from(/<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(pdf.qdf)?.[0] ?? '', 'latin1').toString('utf8');
    expect(xmp).toContain('<rdf:li>Cités et Territoires</rdf:li>');
    expect(xmp).toContain('Europe et International ‹2022›');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    expect(xmp).toContain(`empreinte-sha256=${'a1'.repeat(32)}`);
    expect(xmp).toContain(`journal-audit=${'b'.repeat(64)}`);
    // The pages keep the names as typed.
    expect(pdf.text).toContain('Europe & International <2022>');
  }, 30_000);
});

describe('the results table', () => {
  it('keeps each dossier’s figures and motivation on the same page', async () => {
    const input = sampleMinutes({ dossiers: 60, grids: 'none' });
    const pdf = inspectPdf((await renderMinutes({ ...input, annexes: { attendanceSheet: false } })).pdf);
    const pages = pdf.text.split('\f');
    let motivations = 0;
    for (const page of pages) {
      const lines = page.split('\n');
      const figures = lines.filter((l) => /^\s*\d+\s+\S.*\s\d,\d\d\s/.test(l)).length;
      const notes = lines.filter((l) => l.trim().startsWith('Motivation : Projet')).length;
      expect(notes).toBe(figures);
      motivations += notes;
    }
    expect(motivations).toBe(60);
  }, 30_000);
});
