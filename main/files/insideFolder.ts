/**
 * "Is this file inside that folder?", lexically and after symbolic links. Both shells serve the renderer's files
 * and the web shell keeps its sessions in one folder: a link inside pointing outside must not lead out.
 */
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';

/** True when `child` is `root` itself or lies below it (both absolute). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real path of `path` when it exists and, every link followed, still lies inside the real `root`; null when it
 * does not exist, is a dangling link, or leads outside.
 */
export async function realPathInside(root: string, path: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)]);
    return isInside(realRoot, realFile) ? realFile : null;
  } catch {
    return null;
  }
}
