/**
 * Where a browser may open and create sessions: one folder the person who started the web shell chose (the folder
 * of `--session`, or `--sessions-dir`), and only the ordinary files directly in it. The page names a file there by
 * its name or by its full path (what the e2e tests type); anything that resolves elsewhere is refused without
 * looking at the disk, so a page cannot learn whether an arbitrary file exists, and a symbolic link (dangling or
 * not) is never followed. Decision record: docs/decisions/0005-paths-closed-to-the-page.md.
 */
import { lstat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fail, ok, type Result } from '../../common/result.ts';
import { notAPath, type PathRequest } from '../files/pathBinding.ts';
import { clipped } from './httpReplies.ts';

export class SessionsFolder {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = resolve(folder);
  }

  /** The session file the page names, inside the folder, or a refusal naming the folder. */
  async bind(request: PathRequest): Promise<Result<string>> {
    if (typeof request.given !== 'string') return notAPath(request);
    const given = request.given.trim();
    // Empty: the contract's own check says so (validation.session_path_empty).
    if (given === '') return ok(given);
    const full = resolve(this.folder, given);
    if (dirname(full) !== this.folder) return fail('web.session_outside_folder', { folder: this.folder, given: clipped(given) });
    const entry = await lstat(full).catch(() => null);
    if (entry?.isSymbolicLink()) return fail('web.session_symlink', { name: clipped(basename(full)) });
    return ok(full);
  }
}
