/**
 * Which arguments of which methods are file paths, read from the contract's schemas (the `filePath()` schemas of
 * common/api/paths.ts, found through `pathRegistry`). Derived once, here: the shells bind these arguments and no
 * other list of them exists.
 */
import { z } from 'zod';
import { contract, methodNames, type MethodName } from './contract.ts';
import { pathRegistry, type PathKind } from './paths.ts';

export interface PathArgument {
  field: string;
  kind: PathKind;
}

/** The schema under `.optional()`, `.nullable()` and `.default()` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The path fields of an object schema (top level: the contract's arguments are flat objects). */
export function pathFieldsOf(schema: z.ZodType): PathArgument[] {
  const object = unwrap(schema);
  if (!(object instanceof z.ZodObject)) return [];
  const found: PathArgument[] = [];
  for (const [field, value] of Object.entries(object.shape as Record<string, z.ZodType>)) {
    const meta = pathRegistry.get(unwrap(value));
    if (meta) found.push({ field, kind: meta.kind });
  }
  return found;
}

export const PATH_ARGUMENTS: ReadonlyMap<MethodName, readonly PathArgument[]> = new Map(
  methodNames.flatMap((name) => {
    const fields = pathFieldsOf(contract[name].input);
    return fields.length > 0 ? [[name, fields] as const] : [];
  }),
);
