/**
 * Reading a ZIP we did not make (an XLSX, démarches-simplifiées' attachments) without trusting it: the whole
 * central directory is checked before a single byte is inflated: entry names that leave their folder, entry
 * counts, declared sizes and compression ratios past sane limits are refused. yauzl then enforces, while
 * inflating, that no entry yields more bytes than it declared (`validateEntrySizes`), so the limits hold for the
 * real data too. https://github.com/thejoshwolfe/yauzl#readme
 */
import yauzl from 'yauzl';
import type { MessageCode } from '../../common/i18n/messageCode.ts';
import { AppError } from '../../common/result.ts';

/** Which archive a message is about (the workbook or the attachments), worded by `import.archive_<kind>`. */
export interface ArchiveName {
  kind: 'workbook' | 'attachments';
  file: string;
}

export interface ZipLimits {
  maxEntries: number;
  /** Largest declared uncompressed size of one entry, in bytes. */
  maxEntrySize: number;
  /** Largest declared uncompressed size of all entries together. */
  maxTotalSize: number;
  /** Largest uncompressed/compressed ratio of an entry larger than `ratioFloor` bytes. */
  maxRatio: number;
  ratioFloor: number;
}

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, checked to stay inside it. */
  name: string;
  isDirectory: boolean;
  compressedSize: number;
  uncompressedSize: number;
  raw: yauzl.Entry;
}

export interface OpenedZip {
  entries: ZipEntry[];
  totalUncompressed: number;
  /** Reads one entry whole; fails if the data does not match what the directory declared. */
  read(entry: ZipEntry): Promise<Buffer>;
  /** Streams one entry chunk by chunk. */
  stream(entry: ZipEntry): Promise<NodeJS.ReadableStream>;
  close(): void;
}

const MB = 1024 * 1024;
const fmt = (bytes: number): string =>
  bytes >= 1024 * MB ? `${(bytes / (1024 * MB)).toFixed(1)} Go` : `${Math.max(1, Math.round(bytes / MB))} Mo`;

/** Why a path may not be used (a message code), or null. Backslashes were already turned into `/` (Windows zippers use them). */
function unsafePathReason(name: string): MessageCode | null {
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'import.zip_absolute_path';
  if (name.split('/').includes('..')) return 'import.zip_parent_path';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f]/.test(name)) return 'import.zip_control_chars';
  return null;
}

/** Every refusal of an archive has a code `import.zip_*` and names the archive; `params` say the rest. */
export function zipError(code: MessageCode, archive: ArchiveName, params: Record<string, string | number> = {}): AppError {
  return new AppError(code, { archive: archive.kind, file: archive.file, ...params } as never);
}

function translateOpenError(archive: ArchiveName, error: Error): AppError {
  const m = error.message;
  if (/end of central directory|eocdr|unexpected EOF|not enough bytes|truncated|invalid central directory/i.test(m)) {
    return zipError('import.zip_truncated', archive);
  }
  return zipError('import.zip_unreadable', archive, { detail: m });
}

/** Opens `source` (a path or bytes) and checks every entry against `limits`; `archive` names the file in messages. */
export async function openZip(source: string | Buffer, archive: ArchiveName, limits: ZipLimits): Promise<OpenedZip> {
  const options: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    zip = typeof source === 'string' ? await yauzl.openPromise(source, options) : await yauzl.fromBufferPromise(source, options);
  } catch (error) {
    throw translateOpenError(archive, error as Error);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw zipError('import.zip_too_many_entries', archive, { count: zip.entryCount, limit: limits.maxEntries });
    }
    const entries: ZipEntry[] = [];
    let total = 0;
    try {
      for await (const raw of zip.eachEntry()) {
        const nameBytes = raw.fileName as unknown as Buffer;
        const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, nameBytes, raw.extraFields, false);
        const reason = unsafePathReason(name);
        if (reason) throw zipError(reason, archive, { entry: name });
        if (raw.isEncrypted()) throw zipError('import.zip_encrypted', archive, { entry: name });
        if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8) {
          throw zipError('import.zip_unknown_method', archive, { entry: name, method: raw.compressionMethod });
        }
        const size = raw.uncompressedSize;
        if (size > limits.maxEntrySize) {
          throw zipError('import.zip_entry_too_large', archive, { entry: name, size: fmt(size), limit: fmt(limits.maxEntrySize) });
        }
        if (size > limits.ratioFloor && size / Math.max(1, raw.compressedSize) > limits.maxRatio) {
          throw zipError('import.zip_bomb', archive, { entry: name, ratio: Math.round(size / Math.max(1, raw.compressedSize)) });
        }
        total += size;
        if (total > limits.maxTotalSize) {
          throw zipError('import.zip_total_too_large', archive, { limit: fmt(limits.maxTotalSize) });
        }
        entries.push({ name, isDirectory: name.endsWith('/'), compressedSize: raw.compressedSize, uncompressedSize: size, raw });
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw translateOpenError(archive, error as Error);
    }
    const stream = async (entry: ZipEntry): Promise<NodeJS.ReadableStream> => {
      try {
        return await zip.openReadStreamPromise(entry.raw);
      } catch (error) {
        throw zipError('import.zip_entry_unreadable', archive, { entry: entry.name, detail: (error as Error).message });
      }
    };
    const read = async (entry: ZipEntry): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of await stream(entry)) chunks.push(chunk as Buffer);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw zipError('import.zip_entry_damaged', archive, { entry: entry.name, detail: (error as Error).message });
      }
      return Buffer.concat(chunks);
    };
    return { entries, totalUncompressed: total, read, stream, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
