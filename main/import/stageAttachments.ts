/**
 * Reads the attachments ZIP before the import's transaction: every entry is checked (zipArchive), the files of
 * wanted dossiers are inflated into a private temporary folder under their SHA-256, and the transaction then copies
 * them into the session in one synchronous step. Reading is asynchronous and may take long; a transaction cannot
 * span it without letting other requests write into it, so the session is touched only once everything is read.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError } from '../../common/result.ts';
import { mediaTypeOf, placeOfEntry } from '../../common/import/attachmentPaths.ts';
import type { AttachmentFile, IgnoredEntry } from '../../common/import/types.ts';
import { openZip, type ZipLimits } from './zipArchive.ts';

const MB = 1024 * 1024;

/** A call's attachments: tens of files per dossier, PDFs and scans; an absurd declaration is refused outright. */
export const ATTACHMENTS_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxEntrySize: 256 * MB,
  maxTotalSize: 8 * 1024 * MB,
  maxRatio: 100,
  ratioFloor: 8 * MB,
};

export interface StagedAttachment extends AttachmentFile {
  stagedPath: string;
}

export interface StagedZip {
  fileName: string;
  size: number;
  sha256: string;
  files: StagedAttachment[];
  /** Entries not attached, with why (outside any dossier folder, dossier unknown). */
  ignored: IgnoredEntry[];
  platformErrors: string[];
  /** Removes the temporary folder; always called, whether the import commits or not. */
  cleanup(): Promise<void>;
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function stageAttachments(
  zipPath: string,
  options: {
    wanted: (dossierId: string) => boolean;
    /** Where the private temporary folder is made (the system's temporary folder by default). */
    tempRoot?: string;
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<StagedZip> {
  const fileName = basename(zipPath);
  let size: number;
  try {
    size = (await stat(zipPath)).size;
  } catch {
    throw new AppError('import.attachments_not_found', { path: zipPath });
  }
  if (size === 0) throw new AppError('import.attachments_empty', { file: fileName });
  const sha256 = await fileSha256(zipPath);
  const zip = await openZip(zipPath, { kind: 'attachments', file: fileName }, ATTACHMENTS_LIMITS);
  const dir = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'comitia-import-'));
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const files: StagedAttachment[] = [];
    const ignored: IgnoredEntry[] = [];
    const platformErrors: string[] = [];
    const total = zip.entries.length;
    let done = 0;
    for (const entry of zip.entries) {
      options.signal?.throwIfAborted();
      done += 1;
      const place = placeOfEntry(entry.name);
      if (place.kind === 'directory') continue;
      if (place.kind === 'outside') {
        ignored.push({ path: entry.name, code: `import.${place.reason}` });
        continue;
      }
      if (place.kind === 'errorList') {
        if (entry.uncompressedSize <= MB) {
          const text = (await zip.read(entry)).toString('utf8');
          platformErrors.push(...text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
        } else {
          ignored.push({ path: entry.name, code: 'import.ignored_error_list_too_long' });
        }
        continue;
      }
      if (!options.wanted(place.dossierId)) {
        ignored.push({ path: entry.name, code: 'import.ignored_unknown_dossier', params: { id: place.dossierId } });
        continue;
      }
      const data = await zip.read(entry);
      const hash = createHash('sha256').update(data).digest('hex');
      const stagedPath = join(dir, hash);
      await writeFile(stagedPath, data, { flag: 'w' });
      files.push({
        dossierId: place.dossierId,
        path: place.path,
        fileName: place.fileName,
        category: place.category,
        mediaType: mediaTypeOf(place.fileName),
        size: data.length,
        sha256: hash,
        stagedPath,
      });
      options.onProgress?.(done, total);
    }
    return { fileName, size, sha256, files, ignored, platformErrors, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  } finally {
    zip.close();
  }
}
