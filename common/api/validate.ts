import type { z } from 'zod';
import { contract, type MethodName, type ParsedInput } from './contract.ts';
import { fail, ok, type Result } from '../result.ts';

/** Turns a zod issue path into the field name the user sees: `["criteria", 2, "weight"]` → `criteria[2].weight`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** Parses a method's argument; a malformed one becomes a Result error naming the field, never an exception. */
export function parseArgument<M extends MethodName>(name: M, raw: unknown): Result<ParsedInput<M>> {
  const schema: z.ZodType = contract[name].input;
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return ok(parsed.data as ParsedInput<M>);
  const issues = parsed.error.issues.map((i) => ({ field: fieldName(i.path), message: i.message }));
  const first = issues[0];
  const where = first && first.field ? `champ « ${first.field} » : ` : '';
  return fail('invalid_argument', `${name} : argument invalide, ${where}${first?.message ?? 'forme inattendue'}`, {
    issues,
  });
}
