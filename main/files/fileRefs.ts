/**
 * Which files the interface may hand to the import methods. The API itself takes paths (the CLI and scripts call it
 * with whatever the user typed on the command line); a shell never forwards a path that came from the page.
 * Instead it registers the files the user actually gave it (a native dialog's choice, an upload) and gives the page
 * an opaque reference; before calling the API it swaps the references back for the paths, and refuses any other
 * string. So a page (or a script injected into it) cannot make the application read a file the user did not choose.
 */
import { randomBytes } from 'node:crypto';
import type { MethodName } from '../../common/api/contract.ts';
import type { PickedFile } from '../../common/api/bridge.ts';
import { fail, ok, type Result } from '../../common/result.ts';

/** The arguments of each method that name a file to read. */
export const FILE_ARGUMENTS: Partial<Record<MethodName, readonly string[]>> = {
  importPreview: ['source'],
  importRun: ['source', 'attachments'],
  scoresImport: ['file'],
};

export class FileRefs {
  private readonly byRef = new Map<string, string>();
  private readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  /** Registers a file the user chose; the reference is random, so it cannot be guessed from the path. */
  register(path: string, name: string, size: number): PickedFile {
    const ref = `${this.prefix}:${randomBytes(18).toString('base64url')}`;
    this.byRef.set(ref, path);
    return { ref, name, size };
  }

  resolve(ref: string): string | null {
    return this.byRef.get(ref) ?? null;
  }

  forget(ref: string): void {
    this.byRef.delete(ref);
  }

  paths(): string[] {
    return [...this.byRef.values()];
  }
}

/**
 * The argument of `name` with its file references replaced by their paths, or a `forbidden` Result naming the
 * argument that is not a reference this shell gave out. Arguments of other methods pass unchanged; a malformed
 * argument passes too (the API's zod schema names what is wrong with it).
 */
export function bindFileArguments(name: string, arg: unknown, refs: FileRefs): Result<unknown> {
  const fields = FILE_ARGUMENTS[name as MethodName];
  if (!fields || typeof arg !== 'object' || arg === null || Array.isArray(arg)) return ok(arg);
  const bound: Record<string, unknown> = { ...(arg as Record<string, unknown>) };
  for (const field of fields) {
    const value = bound[field];
    if (value === undefined || value === null) continue;
    const path = typeof value === 'string' ? refs.resolve(value) : null;
    if (path === null) {
      return fail(
        'forbidden',
        `${name} : « ${field} » doit désigner un fichier choisi dans cette fenêtre (bouton « Choisir… » ou envoi du fichier), pas un chemin.`,
      );
    }
    bound[field] = path;
  }
  return ok(bound);
}
