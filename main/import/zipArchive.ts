/**
 * Reading a ZIP we did not make (an XLSX, démarches-simplifiées' attachments) without trusting it: the whole
 * central directory is checked before a single byte is inflated: entry names that leave their folder, entry
 * counts, declared sizes and compression ratios past sane limits are refused. yauzl then enforces, while
 * inflating, that no entry yields more bytes than it declared (`validateEntrySizes`), so the limits hold for the
 * real data too. https://github.com/thejoshwolfe/yauzl#readme
 */
import yauzl from 'yauzl';
import { AppError } from '../../common/result.ts';

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

/** Why a path may not be used, or null. Backslashes were already turned into `/` (Windows zippers use them). */
function unsafePathReason(name: string): string | null {
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'chemin absolu';
  if (name.split('/').includes('..')) return 'chemin qui sort de son dossier (« .. »)';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f]/.test(name)) return 'caractères de contrôle dans le nom';
  return null;
}

function hostile(label: string, why: string): AppError {
  return new AppError('hostile_zip', `${label} est refusé : ${why}. Rien n'a été importé.`);
}

function translateOpenError(label: string, error: Error): AppError {
  const m = error.message;
  if (/end of central directory|eocdr|unexpected EOF|not enough bytes|truncated|invalid central directory/i.test(m)) {
    return new AppError(
      'truncated_zip',
      `${label} est tronqué ou endommagé (archive ZIP incomplète) : téléchargez-le à nouveau. Rien n'a été importé.`,
    );
  }
  return new AppError('bad_zip', `${label} est une archive ZIP illisible (${m}). Rien n'a été importé.`);
}

/**
 * Opens `source` (a path or bytes) and checks every entry against `limits`. `label` names the file in messages,
 * e.g. `Le classeur « export.xlsx »`.
 */
export async function openZip(source: string | Buffer, label: string, limits: ZipLimits): Promise<OpenedZip> {
  const options: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    zip = typeof source === 'string' ? await yauzl.openPromise(source, options) : await yauzl.fromBufferPromise(source, options);
  } catch (error) {
    throw translateOpenError(label, error as Error);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw hostile(label, `il déclare ${zip.entryCount} fichiers, au-delà de la limite de ${limits.maxEntries}`);
    }
    const entries: ZipEntry[] = [];
    let total = 0;
    try {
      for await (const raw of zip.eachEntry()) {
        const nameBytes = raw.fileName as unknown as Buffer;
        const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, nameBytes, raw.extraFields, false);
        const reason = unsafePathReason(name);
        if (reason) throw hostile(label, `l'entrée « ${name} » a un ${reason}`);
        if (raw.isEncrypted()) throw hostile(label, `l'entrée « ${name} » est protégée par un mot de passe`);
        if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8) {
          throw hostile(label, `l'entrée « ${name} » utilise une méthode de compression inconnue (${raw.compressionMethod})`);
        }
        const size = raw.uncompressedSize;
        if (size > limits.maxEntrySize) {
          throw hostile(label, `l'entrée « ${name} » annonce ${fmt(size)} une fois décompressée (limite : ${fmt(limits.maxEntrySize)})`);
        }
        if (size > limits.ratioFloor && size / Math.max(1, raw.compressedSize) > limits.maxRatio) {
          throw hostile(label, `l'entrée « ${name} » se décompresserait ${Math.round(size / Math.max(1, raw.compressedSize))} fois plus grosse qu'elle n'est (bombe de décompression ?)`);
        }
        total += size;
        if (total > limits.maxTotalSize) {
          throw hostile(label, `son contenu décompressé dépasserait ${fmt(limits.maxTotalSize)}`);
        }
        entries.push({ name, isDirectory: name.endsWith('/'), compressedSize: raw.compressedSize, uncompressedSize: size, raw });
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw translateOpenError(label, error as Error);
    }
    const stream = async (entry: ZipEntry): Promise<NodeJS.ReadableStream> => {
      try {
        return await zip.openReadStreamPromise(entry.raw);
      } catch (error) {
        throw new AppError('bad_zip', `${label} : l'entrée « ${entry.name} » est illisible (${(error as Error).message}).`);
      }
    };
    const read = async (entry: ZipEntry): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of await stream(entry)) chunks.push(chunk as Buffer);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError(
          'bad_zip',
          `${label} : l'entrée « ${entry.name} » est endommagée ou ne correspond pas à la taille annoncée (${(error as Error).message}). Rien n'a été importé.`,
        );
      }
      return Buffer.concat(chunks);
    };
    return { entries, totalUncompressed: total, read, stream, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
}
