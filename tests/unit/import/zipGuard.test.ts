import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal.ts';
import { mediaTypeOf, placeOfEntry } from '../../../common/import/attachmentPaths.ts';
import { ATTACHMENTS_LIMITS } from '../../../main/import/stageAttachments.ts';
import { openZip, type ZipLimits } from '../../../main/import/zipArchive.ts';
import { buildZip } from '../../fixtures/import/zipWriter.ts';

const LIMITS: ZipLimits = { maxEntries: 10, maxEntrySize: 1024 * 1024, maxTotalSize: 2 * 1024 * 1024, maxRatio: 50, ratioFloor: 64 * 1024 };
const label = { kind: 'attachments', file: 'pj.zip' } as const;

describe('a ZIP we did not make is checked before anything is inflated', () => {
  it('opens a well-formed archive and reads its entries', async () => {
    const zip = await openZip(buildZip([{ name: 'export/' }, { name: 'export/dossier-1/a.txt', data: 'bonjour' }]), label, LIMITS);
    expect(zip.entries.map((e) => e.name)).toEqual(['export/', 'export/dossier-1/a.txt']);
    expect((await zip.read(zip.entries[1]!)).toString()).toBe('bonjour');
    zip.close();
  });

  it('refuses an entry whose path leaves its folder, or is absolute', async () => {
    expect(await refusalOf(openZip(buildZip([{ name: 'export/../../etc/cron.d/x', data: 'x' }]), label, LIMITS))).toMatch(/« pj\.zip » est refusé : l'entrée « export\/\.\.\/\.\.\/etc\/cron\.d\/x » a un chemin qui sort de son dossier/);
    expect(await refusalOf(openZip(buildZip([{ name: '/etc/passwd', data: 'x' }]), label, LIMITS))).toMatch(/chemin absolu/);
    // Windows zippers write backslashes: they are separators, and ..\ is caught all the same.
    expect(await refusalOf(openZip(buildZip([{ name: 'export\\..\\..\\evil.txt', data: 'x' }]), label, LIMITS))).toMatch(/sort de son dossier/);
  });

  it('refuses absurd declared sizes, ratios and entry counts before inflating', async () => {
    expect(await refusalOf(openZip(buildZip([{ name: 'a.bin', data: 'x', declaredSize: 0xfffffff0 }]), label, LIMITS))).toMatch(/l'entrée « a\.bin » annonce 4\.0 Go une fois décompressée/);
    const zeros = Buffer.alloc(512 * 1024);
    expect(await refusalOf(openZip(buildZip([{ name: 'bombe.txt', data: zeros }]), label, LIMITS))).toMatch(/bombe de décompression/);
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }));
    expect(await refusalOf(openZip(buildZip(many), label, LIMITS))).toMatch(/il déclare 11 fichiers, au-delà de la limite de 10/);
    const big = Array.from({ length: 3 }, (_, i) => ({ name: `f${i}.bin`, data: Buffer.alloc(900 * 1024, i + 1), method: 'store' as const }));
    expect(await refusalOf(openZip(buildZip(big), label, LIMITS))).toMatch(/dépasserait 2 Mo/);
  });

  it('stops at the first byte beyond what an entry declared (a lying directory)', async () => {
    const zip = await openZip(buildZip([{ name: 'menteur.txt', data: 'x'.repeat(5000), declaredSize: 10 }]), label, LIMITS);
    expect(await refusalOf(zip.read(zip.entries[0]!))).toMatch(/endommagée ou ne correspond pas à la taille annoncée/);
    zip.close();
  });

  it('names a truncated download as such', async () => {
    const whole = buildZip([{ name: 'a.txt', data: 'contenu' }]);
    expect(await refusalOf(openZip(whole.subarray(0, whole.length - 30), label, LIMITS))).toMatch(/tronqué ou endommagé/);
    expect(await refusalOf(openZip(Buffer.from('PK\x03\x04 pas une archive'), label, LIMITS))).toMatch(/tronqué ou endommagé/);
  });

  it('keeps limits an attachments export of a real call stays far below', () => {
    expect(ATTACHMENTS_LIMITS.maxEntrySize).toBeGreaterThanOrEqual(100 * 1024 * 1024);
    expect(ATTACHMENTS_LIMITS.maxEntries).toBeGreaterThanOrEqual(10_000);
  });
});

describe('where an entry of the attachments export belongs', () => {
  it('recognises the applicant’s full PDF, the folders and the error list', () => {
    expect(placeOfEntry('export/dossier-10001/export-10001-05-03-2022-14-32-1.pdf')).toEqual({
      kind: 'attachment', dossierId: '10001', path: 'export-10001-05-03-2022-14-32-1.pdf', fileName: 'export-10001-05-03-2022-14-32-1.pdf', category: 'dossier_pdf',
    });
    expect(placeOfEntry('export/dossier-10001/pieces_justificatives/deliberation.pdf')).toMatchObject({ category: 'pieces_justificatives', path: 'pieces_justificatives/deliberation.pdf' });
    expect(placeOfEntry('procedure-77-3/dossier-10001/messagerie/lettre.odt')).toMatchObject({ dossierId: '10001', category: 'messagerie' });
    expect(placeOfEntry('dossier-10001/notes.txt')).toMatchObject({ dossierId: '10001', category: 'autre' });
    expect(placeOfEntry('export/-LISTE-DES-FICHIERS-EN-ERREURS.txt')).toEqual({ kind: 'errorList' });
    expect(placeOfEntry('export/')).toEqual({ kind: 'directory' });
    expect(placeOfEntry('export/lisez-moi.txt')).toMatchObject({ kind: 'outside' });
  });

  it('gives media types by extension', () => {
    expect(mediaTypeOf('a.PDF')).toBe('application/pdf');
    expect(mediaTypeOf('scan.jpeg')).toBe('image/jpeg');
    expect(mediaTypeOf('inconnu.xyz')).toBe('application/octet-stream');
  });
});
