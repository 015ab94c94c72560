/**
 * The web shell's uploads: a browser has no file paths, so the import assistant sends the chosen file's bytes here.
 * Each upload is streamed to its own folder inside one private temporary folder (mode 0700, removed when the
 * server stops), under its sanitised name (the import records and sniffs the name), and registered in a FileRefs
 * table under the kind of path argument it stands for: the page gets an opaque `upload:…` reference that only the
 * import methods accept, in place of a path (common/api/paths.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
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

/** A spreadsheet is refused above 256 MB anyway; démarches-simplifiées' attachments ZIPs run to gigabytes. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  source: MAX_SOURCE_BYTES,
  attachments: 8 * 1024 * 1024 * 1024,
  // A PKCS#12 holds a key and a short chain; minutes with every annex stay far below 256 MB.
  certificate: 1024 * 1024,
  pdfToVerify: 256 * 1024 * 1024,
  pdfToSign: 256 * 1024 * 1024,
};

export function tooLarge(kind: UploadKind, limit: number): AppError {
  return kind === 'source'
    ? new AppError('web.upload_too_large_source', { limit: megabytes(limit) })
    : new AppError('web.upload_too_large_attachments', { limit: megabytes(limit) });
}

export const isTooLarge = (error: AppError): boolean =>
  error.code === 'web.upload_too_large_source' || error.code === 'web.upload_too_large_attachments';

export class UploadStore {
  readonly refs = new FileRefs('upload');
  readonly root: string;
  readonly limits: UploadLimits;

  constructor(limits: Partial<UploadLimits> = {}, parent: string = tmpdir()) {
    this.limits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
    // mkdtemp creates the folder with mode 0700: other users of the machine cannot list or read the uploads.
    this.root = mkdtempSync(join(parent, 'comitia-uploads-'));
  }

  /**
   * Streams `body` to a new file and registers it. Refuses (AppError `web.upload_too_large_…`) as soon as more bytes than the
   * kind's limit arrive, and removes what was written. The request is not destroyed on a refusal: the rest of it is
   * read and dropped, so that the client, still sending, receives the answer.
   */
  async receive(body: Readable, rawName: string, kind: UploadKind): Promise<PickedFile> {
    const limit = this.limits[kind];
    const name = safeFileName(rawName, kind === 'source' ? 'dossiers' : kind === 'attachments' ? 'pieces-jointes.zip' : kind === 'certificate' ? 'certificat.p12' : 'document.pdf');
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
          if (size > limit) return failWith(tooLarge(kind, limit));
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
      await rm(dir, { recursive: true, force: true });
      if (error instanceof AppError) throw error;
      throw new AppError('web.upload_interrupted', { name, detail: (error as Error).message });
    }
    return this.refs.register(UPLOAD_PATH_KIND[kind], path, name, size);
  }

  /** Removes every upload (the server is stopping). */
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
