/**
 * The web shell's downloads: a browser cannot be given a path to write, so a file the page asks the core to write
 * for the user to carry (a member's review package, a member's score return) is written into a private temporary
 * folder of this server (mode 0700, removed when the server stops), each in its own random sub-folder, and the page
 * downloads it from `GET /api/downloads/<folder>/<name>?token=…` (common/api/bridge.ts DOWNLOAD_PATH_PREFIX): the
 * last two segments of the path the method answered. Nothing else can be served from here: the route reads only a
 * random folder name and a safe file name inside this folder, never a path the page made up.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DOWNLOAD_PATH_PREFIX } from '../../common/api/servedPaths.ts';
import { ok, type Result } from '../../common/result.ts';
import { notAPath, type PathRequest } from '../files/pathBinding.ts';
import { safeFileName } from '../files/safeName.ts';
import { refuse } from './httpReplies.ts';

const FOLDER = /^[0-9a-f]{24}$/;

export class DownloadFolder {
  readonly root: string;

  constructor(parent: string = tmpdir()) {
    // mkdtemp creates the folder with mode 0700: other users of the machine cannot list or read what is written.
    this.root = mkdtempSync(join(parent, 'comitia-downloads-'));
  }

  /** Where the core writes the file the page names (its name only, made safe), in a new folder of its own. */
  bind(request: PathRequest): Result<string> {
    if (typeof request.given !== 'string') return notAPath(request);
    const name = safeFileName(request.given, 'comitia-fichier');
    const folder = join(this.root, randomBytes(12).toString('hex'));
    mkdirSync(folder, { mode: 0o700 });
    return ok(join(folder, name));
  }

  /** The file behind `/api/downloads/<folder>/<name>`, or null when the address names nothing written here. */
  find(pathname: string): string | null {
    if (!pathname.startsWith(DOWNLOAD_PATH_PREFIX)) return null;
    const parts = pathname.slice(DOWNLOAD_PATH_PREFIX.length).split('/');
    if (parts.length !== 2) return null;
    const [folder, name] = parts as [string, string];
    if (!FOLDER.test(folder) || name === '' || safeFileName(name) !== name) return null;
    const path = join(this.root, folder, name);
    try {
      return statSync(path).isFile() ? path : null;
    } catch {
      return null;
    }
  }

  /** Answers a GET or HEAD of a file written here, as an attachment to save (never shown in the page). */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): void {
    const path = this.find(pathname);
    if (!path) return refuse(res, 404, 'web.not_found', { path: pathname.slice(0, 120) });
    const data = readFileSync(path);
    const name = basename(path);
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': data.length,
      'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else res.end(data);
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
