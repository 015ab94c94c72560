/**
 * How a shell lets its page call the api: every path argument the contract declares (common/api/pathArguments.ts)
 * goes through the shell's binder for its kind, which returns the real path or refuses. A shell cannot build the
 * page's entrance without a binder for every kind (the type says so), and a method that gains a path argument is
 * bound without anyone editing a list. The CLI, trusted, calls `api.invoke` with real paths.
 */
import { isMethodName } from '../../common/api/contract.ts';
import { PATH_ARGUMENTS } from '../../common/api/pathArguments.ts';
import type { PathKind } from '../../common/api/paths.ts';
import { fail, ok, type Result } from '../../common/result.ts';

export interface PathRequest {
  method: string;
  field: string;
  /** What the page sent (a reference, or for the web shell a session name); anything but a string is refused. */
  given: unknown;
}

/** For each kind of path argument, the real path behind what the page sent, or a refusal. */
export type PathBinder = { [K in PathKind]: (request: PathRequest) => Result<string> | Promise<Result<string>> };

/** A binder's refusal for what is not a string at all (a number, an object…) where a path is expected. */
export const notAPath = (request: PathRequest): Result<never> =>
  fail('shell.path_reference_expected', { method: request.method, field: request.field });

/**
 * The argument with its path fields replaced by the paths the binder vouches for, or the binder's refusal. An
 * unknown method or a non-object argument passes unchanged: `api.invoke` names what is wrong with it, and no path
 * can be read from it. An absent or null optional path stays absent.
 */
export async function bindPathArguments(method: string, arg: unknown, binder: PathBinder): Promise<Result<unknown>> {
  if (!isMethodName(method)) return ok(arg);
  const fields = PATH_ARGUMENTS.get(method);
  if (!fields || typeof arg !== 'object' || arg === null || Array.isArray(arg)) return ok(arg);
  const bound: Record<string, unknown> = { ...(arg as Record<string, unknown>) };
  for (const { field, kind } of fields) {
    const given = bound[field];
    if (given === undefined || given === null) continue;
    const path = await binder[kind]({ method, field, given });
    if (!path.ok) return path;
    bound[field] = path.value;
  }
  return ok(bound);
}

export interface Invoker {
  invoke(name: string, arg: unknown): Promise<Result<unknown>>;
}

/** The page's entrance to the api: the same `invoke`, with every path argument bound by the shell first. */
export function pageInvoker(api: Invoker, binder: PathBinder): Invoker {
  return {
    async invoke(name, arg) {
      const bound = await bindPathArguments(name, arg, binder);
      return bound.ok ? api.invoke(name, bound.value) : bound;
    },
  };
}

/** A binder that accepts only references `resolve` knows for the kind (the desktop's dialogs, the web's uploads). */
export function referenceBinding(
  resolve: (ref: string, kind: PathKind) => string | null,
  refusal: (request: PathRequest) => Result<never>,
): (kind: PathKind) => (request: PathRequest) => Result<string> {
  return (kind) => (request) => {
    if (typeof request.given !== 'string') return notAPath(request);
    const path = resolve(request.given, kind);
    return path === null ? refusal(request) : ok(path);
  };
}
