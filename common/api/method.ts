import type { z } from 'zod';
import type { Topic } from './topics.ts';

/** One method of the contract: the schema of its argument, what it returns (a type only) and what it writes. */
export interface MethodSpec<S extends z.ZodType, Out> {
  input: S;
  output: Out;
  /** The topics a successful call changes: the core announces them after the commit. Empty for a read. */
  writes: readonly Topic[];
}

/** Declares a method: `method<Out>()(schema, ['topic', …])`. */
export function method<Out>() {
  return <S extends z.ZodType>(input: S, writes: readonly Topic[] = []): MethodSpec<S, Out> => ({
    input,
    output: undefined as unknown as Out,
    writes,
  });
}

