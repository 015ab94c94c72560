/**
 * The web shell's uploads: a browser has no file paths, so the import assistant sends the chosen file's bytes here.
 * Each upload is streamed to its own folder inside one private temporary folder (mode 0700, removed when the
 * server stops), under its sanitised name (the import records and sniffs the name), and registered in a FileRefs
 * table under the kind of path argument it stands for: the page gets an opaque `upload:…` reference that only the
 * import methods accept, in place of a path (common/api/paths.ts).
 *
 * Uploads are applicants' data on the server's disk: each is removed as soon as the import that used it ends
 * (routes.ts releases it), all of them when the server stops, and the store holds at most `maxCount` files and
 * `maxTotalBytes` at once, so a page cannot fill the disk by uploading without importing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createWriteStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { UPLOAD_PATH_KIND, type UploadKind, type PickedFile } from '../../common/api/bridge.ts';
import { AppError } from '../../common/result.ts';
import { FileRefs } from '../files/fileRefs.ts';
import { safeFileName } from '../files/safeName.ts';
import { MAX_SOURCE_BYTES } from '../import/readSource.ts';
import { megabytes } from './httpReplies.ts';

export type UploadLimits = Record<UploadKind, number>;

/** The name an upload is kept under when the one the browser sent is empty once made safe. */
const FALLBACK_NAMES: Record<UploadKind, string> = {
  source: 'dossiers',
  attachments: 'pieces-jointes.zip',
  certificate: 'certificat.p12',
  pdfToVerify: 'document.pdf',
  pdfToSign: 'document.pdf',
  reviewPackage: 'dossier-de-notation.comitia-paquet',
  scoreReturn: 'notes.comitia-retour',
};

/** A spreadsheet is refused above 256 MB anyway; démarches-simplifiées' attachments ZIPs run to gigabytes. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  source: MAX_SOURCE_BYTES,
  attachments: 8 * 1024 * 1024 * 1024,
  // A PKCS#12 holds a key and a short chain; minutes with every annex stay far below 256 MB.
  certificate: 1024 * 1024,
  pdfToVerify: 256 * 1024 * 1024,
  pdfToSign: 256 * 1024 * 1024,
  // A member's package carries the dossiers' attachments; a return is JSON text of scores and notes.
  reviewPackage: 8 * 1024 * 1024 * 1024,
  scoreReturn: 64 * 1024 * 1024,
};

/** What the store keeps at once (uploads not yet used by an import). */
export interface UploadQuota {
  maxCount: number;
  maxTotalBytes: number;
}

/** A few pending files (a source and its ZIP, a retry or two), and room for one large attachments archive. */
export const DEFAULT_UPLOAD_QUOTA: UploadQuota = { maxCount: 8, maxTotalBytes: 10 * 1024 * 1024 * 1024 };

export function tooLarge(kind: UploadKind, limit: number): AppError {
  if (kind === 'source') return new AppError('web.upload_too_large_source', { limit: megabytes(limit) });
  if (kind === 'attachments') return new AppError('web.upload_too_large_attachments', { limit: megabytes(limit) });
  return new AppError('web.upload_too_large', { limit: megabytes(limit) });
}

export const isTooLarge = (error: AppError): boolean =>
  error.code === 'web.upload_too_large_source' ||
  error.code === 'web.upload_too_large_attachments' ||
  error.code === 'web.upload_too_large' ||
  error.code === 'web.upload_quota';

export class UploadStore {
  readonly refs = new FileRefs('upload');
  readonly root: string;
  readonly limits: UploadLimits;
  readonly quota: UploadQuota;
  /** Size of each upload kept, by reference; bytes still arriving count in `receiving`. */
  private readonly sizes = new Map<string, number>();
  private receiving = 0;

  constructor(limits: Partial<UploadLimits> = {}, parent: string = tmpdir(), quota: Partial<UploadQuota> = {}) {
    this.limits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
    this.quota = { ...DEFAULT_UPLOAD_QUOTA, ...quota };
    // mkdtemp creates the folder with mode 0700: other users of the machine cannot list or read the uploads.
    this.root = mkdtempSync(join(parent, 'comitia-uploads-'));
  }

  /**
   * Streams `body` to a new file and registers it. Refuses (AppError `web.upload_too_large_…`) as soon as more bytes than the
   * kind's limit arrive, and removes what was written. The request is not destroyed on a refusal: the rest of it is
   * read and dropped, so that the client, still sending, receives the answer.
   */
  /** Files kept and their total size (bytes still arriving included). */
  usage(): { count: number; bytes: number } {
    let bytes = this.receiving;
    for (const size of this.sizes.values()) bytes += size;
    return { count: this.sizes.size, bytes };
  }

  /** The refusal when `declared` more bytes (or one more file) would exceed the quota, else null. */
  quotaRefusal(declared: number): AppError | null {
    const { count, bytes } = this.usage();
    if (count + 1 > this.quota.maxCount || bytes + declared > this.quota.maxTotalBytes) {
      return new AppError('web.upload_quota', {
        count,
        total: megabytes(bytes),
        maxCount: this.quota.maxCount,
        maxTotal: megabytes(this.quota.maxTotalBytes),
      });
    }
    return null;
  }

  async receive(body: Readable, rawName: string, kind: UploadKind, declared = 0): Promise<PickedFile> {
    const refused = this.quotaRefusal(declared);
    if (refused) throw refused;
    const limit = this.limits[kind];
    const name = safeFileName(rawName, FALLBACK_NAMES[kind]);
    const dir = join(this.root, randomBytes(12).toString('hex'));
    await mkdir(dir, { mode: 0o700 });
    const path = join(dir, name);
    let size = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
        let failed = false;
        const failWith = (error: Error): void => {
          if (failed) return;
          failed = true;
          out.destroy();
          body.resume();
          reject(error);
        };
        body.on('data', (chunk: Buffer) => {
          if (failed) return;
          size += chunk.length;
          this.receiving += chunk.length;
          if (size > limit) return failWith(tooLarge(kind, limit));
          if (this.usage().bytes > this.quota.maxTotalBytes) return failWith(this.quotaRefusal(0)!);
          if (!out.write(chunk)) {
            body.pause();
            out.once('drain', () => body.resume());
          }
        });
        body.on('end', () => {
          if (!failed) out.end();
        });
        body.on('aborted', () => failWith(new Error('interrompu par le navigateur')));
        body.on('error', failWith);
        out.on('error', failWith);
        out.on('finish', () => {
          if (!failed) resolve();
        });
      });
    } catch (error) {
      this.receiving -= size;
      await rm(dir, { recursive: true, force: true });
      if (error instanceof AppError) throw error;
      throw new AppError('web.upload_interrupted', { name, detail: (error as Error).message });
    }
    this.receiving -= size;
    const picked = this.refs.register(UPLOAD_PATH_KIND[kind], path, name, size);
    this.sizes.set(picked.ref, size);
    return picked;
  }

  /** True when `ref` is one of this store's uploads still kept. */
  holds(ref: unknown): ref is string {
    return typeof ref === 'string' && this.sizes.has(ref);
  }

  /** Removes one upload (the import that used it has ended): its reference stops resolving, its file is deleted. */
  async release(ref: string): Promise<void> {
    const path = this.refs.resolveAny(ref);
    if (!this.sizes.delete(ref) || !path) return;
    this.refs.forget(ref);
    await rm(dirname(path), { recursive: true, force: true });
  }

  /** Removes every upload (the server is stopping). */
  dispose(): void {
    this.sizes.clear();
    rmSync(this.root, { recursive: true, force: true });
  }
}
