/**
 * Files the user gave a shell (a native dialog's choice, an upload), each under an opaque, random reference and
 * for one kind of path argument (common/api/paths.ts): a reference given for an import's spreadsheet does not open
 * a session. The page holds references only; the shell swaps them for the paths (pathBinding.ts).
 */
import { randomBytes } from 'node:crypto';
import type { PickedFile } from '../../common/api/bridge.ts';
import type { PathKind } from '../../common/api/paths.ts';

export class FileRefs {
  private readonly byRef = new Map<string, { path: string; kind: PathKind }>();
  private readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  /** Registers a file the user chose; the reference is random, so it cannot be guessed from the path. */
  register(kind: PathKind, path: string, name: string, size: number): PickedFile {
    const ref = `${this.prefix}:${randomBytes(18).toString('base64url')}`;
    this.byRef.set(ref, { path, kind });
    return { ref, name, size };
  }

  /** The path behind a reference given out for this kind of argument, or null. */
  resolve(ref: string, kind: PathKind): string | null {
    const entry = this.byRef.get(ref);
    return entry && entry.kind === kind ? entry.path : null;
  }

  /** The path behind a reference, whatever kind it was given for (to remove the file), or null. */
  resolveAny(ref: string): string | null {
    return this.byRef.get(ref)?.path ?? null;
  }

  forget(ref: string): void {
    this.byRef.delete(ref);
  }

  paths(): string[] {
    return [...this.byRef.values()].map((e) => e.path);
  }
}
