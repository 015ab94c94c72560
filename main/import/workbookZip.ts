/**
 * The guard every workbook goes through before a spreadsheet library sees its bytes (XLSX and ODS are both ZIPs):
 * the archive is checked like the attachments ZIP (zipArchive.ts), must hold the part that makes it a workbook,
 * and is inflated once through yauzl, which stops at the first byte beyond what an entry declared. The libraries'
 * own unzipping would inflate a lying entry whole before noticing.
 */
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import { AppError } from '../../common/result.ts';
import { openZip, zipError, type ZipLimits } from './zipArchive.ts';

const MB = 1024 * 1024;

/** Far above any real export (a 5,000-dossier workbook holds about 40 MB of XML), far below what hurts. */
export const WORKBOOK_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntrySize: 512 * MB,
  maxTotalSize: 1024 * MB,
  maxRatio: 200,
  ratioFloor: 16 * MB,
};

/**
 * Throws an AppError unless `bytes` is a sound ZIP holding `part` (`xl/workbook.xml`, `content.xml`); `notThis` is
 * the refusal when the part is missing.
 */
export async function checkWorkbookZip(bytes: Buffer, fileName: string, part: string, notThis: MessageCode): Promise<void> {
  const archive = { kind: 'workbook' as const, file: fileName };
  const zip = await openZip(bytes, archive, WORKBOOK_LIMITS);
  try {
    if (!zip.entries.some((e) => e.name.replace(/^\//, '') === part)) throw new AppError(notThis, { file: fileName } as never);
    for (const entry of zip.entries) {
      if (entry.isDirectory) continue;
      let seen = 0;
      for await (const chunk of await zip.stream(entry)) seen += (chunk as Buffer).length;
      if (seen !== entry.uncompressedSize) {
        throw zipError('import.zip_entry_damaged', archive, { entry: entry.name, detail: `${seen} ≠ ${entry.uncompressedSize}` });
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw zipError('import.zip_damaged', archive, { detail: (error as Error).message });
  } finally {
    zip.close();
  }
}
