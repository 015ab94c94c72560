/**
 * The document definition handed to pdfmake: French typography applied to catalogue texts and to typed data,
 * draft watermark and metadata, sections in order. (The rendered PDF is read back in tests/integration.)
 */
import { describe, expect, it } from 'vitest';
import { estimatedPages, minutesDocDefinition } from '../../../../main/minutes/document/minutesDocument.ts';
import { sampleMinutes } from '../../../integration/minutes/document/minutesFixture.ts';

describe('minutesDocDefinition', () => {
  it('applies French typography to what it prints: no-break spaces before : ; ! and inside « »', () => {
    const json = JSON.stringify(minutesDocDefinition(sampleMinutes({ dossiers: 3 }), { toc: false }).content);
    expect(json).toContain('Motivation\u00A0: Projet prometteur\u00A0: partenariat réciproque avec Sénégal\u202F; budget «\u00A0réaliste\u00A0»\u202F!');
    expect(json).toContain('14\u00A0h\u00A030');
    expect(json).toContain('12\u00A0avril\u00A02022');
    expect(json).not.toMatch(/ [:;!?](?=[ "])/);
  });

  it('has a « PROJET » watermark only while the session is not locked, and PDF metadata in French', () => {
    const draft = minutesDocDefinition(sampleMinutes({ locked: false }), { toc: false });
    const locked = minutesDocDefinition(sampleMinutes({ locked: true }), { toc: false });
    expect(draft.watermark?.text).toBe('PROJET');
    expect(locked.watermark).toBeUndefined();
    expect(locked.language).toBe('fr-FR');
    expect(locked.info).toMatchObject({ title: 'Procès-verbal de la séance n° 3 du comité de sélection', author: 'France Volontaires' });
  });

  it('puts the table of contents only when asked, and estimates long inputs as long', () => {
    const hasToc = (toc: boolean) => JSON.stringify(minutesDocDefinition(sampleMinutes(), { toc }).content).includes('"toc"');
    expect(hasToc(true)).toBe(true);
    expect(hasToc(false)).toBe(false);
    expect(estimatedPages(sampleMinutes({ dossiers: 300 }))).toBeGreaterThan(estimatedPages(sampleMinutes({ dossiers: 5, grids: 'none' })) * 5);
  });
});
