/**
 * The notification letters as real PDFs: one per applicant (or one merged file), each stating the decision, the
 * motivation, the conditions of a « retenu sous réserve » and the position on the waiting list; PDF/A-2b, fonts
 * embedded, « PROJET » while the session is not locked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLetters, renderMergedLetters, type RenderedLetter } from '../../../../main/minutes/letters/notificationLetters.ts';
import { inspectPdf, type PdfReport } from './pdfTools.ts';
import { sampleMinutes } from './minutesFixture.ts';

describe('notification letters', () => {
  const input = sampleMinutes({ dossiers: 10, locked: true, grids: 'none' });
  let letters: RenderedLetter[];
  let reports: Map<string, PdfReport>;

  beforeAll(async () => {
    letters = await renderLetters(input);
    reports = new Map(letters.map((l) => [l.dossierId, inspectPdf(l.pdf)]));
  }, 60_000);

  const text = (id: string) => reports.get(id)!.plainText.replace(/\s+/g, ' ');

  it('writes one file per applicant, named after the dossier', () => {
    expect(letters.map((l) => l.fileName)).toEqual(input.results.map((r) => `lettre-${r.dossierId}.pdf`));
    expect(new Set(letters.map((l) => l.pdf.toString('latin1'))).size).toBe(letters.length);
  });

  it('states each decision with its motivation, in French', () => {
    const byDecision = new Map(input.results.map((r) => [r.decision, r]));
    expect(text(byDecision.get('retenu')!.dossierId)).toContain('a été retenue.');
    expect(text(byDecision.get('non_retenu')!.dossierId)).toContain('n’a pas été retenue');
    expect(text(byDecision.get('ajourne')!.dossierId)).toContain('a ajourné sa décision');
    for (const row of input.results) {
      const t = text(row.dossierId);
      expect(t).toContain(row.applicant);
      expect(t).toContain(`Motivation du comité : ${row.motivation}`);
      expect(t).toContain(`Dossier n° ${row.dossierId}`);
      expect(t).toContain('Hélène Dupré, président(e) du comité de sélection');
    }
  });

  it('lists the conditions of a « retenu sous réserve » and gives the waiting-list position', () => {
    const reserve = input.results.find((r) => r.decision === 'retenu_sous_reserve')!;
    expect(text(reserve.dossierId)).toContain('sous réserve des conditions suivantes');
    expect(text(reserve.dossierId)).toContain('Convention signée avant le 30 juin');
    expect(text(reserve.dossierId)).toContain('Référent désigné');
    input.waitingList.forEach((id, i) => {
      expect(text(id)).toContain(`en position ${i + 1} sur ${input.waitingList.length}`);
    });
  });

  it('is PDF/A-2b, every font embedded, qpdf-clean, no encryption, no JavaScript, not a draft once locked', () => {
    for (const pdf of reports.values()) {
      expect(pdf.qpdfCheck.status).toBe(0);
      expect(pdf.fonts.length).toBeGreaterThan(0);
      expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
      expect(pdf.qdf).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(pdf.qdf).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
      expect(pdf.qdf).toMatch(/\/Type \/OutputIntent/);
      expect(pdf.qdf).toMatch(/trailer <<[\s\S]*\/ID \[/);
      expect(pdf.qdf).not.toMatch(/\/Encrypt\b|\/JavaScript\b/);
      expect(pdf.text).toContain('Page 1 / 1');
      expect(pdf.largeWords.every((w) => w === '')).toBe(true);
    }
  });

  it('merges all letters into one file, one letter per page, « PROJET » on each while not locked', async () => {
    const draft = { ...input, locked: false };
    const merged = inspectPdf(await renderMergedLetters(draft));
    expect(merged.pages).toBe(input.results.length);
    expect(merged.largeWords).toEqual(input.results.map(() => 'PROJET'));
    const pages = merged.plainText.split('\f');
    input.results.forEach((row, i) => expect(pages[i]).toContain(`Dossier n° ${row.dossierId}`));
    expect(merged.qpdfCheck.status).toBe(0);
  }, 30_000);
});
