/**
 * The api object the renderer calls, built without the contract's list of methods: a method is whatever name is
 * asked, sent to `call`. The contract (common/api/contract.ts) builds a zod schema for each of its ~200 methods when
 * it is loaded; importing it for the names alone made every first screen pay for all those schemas (issue 8,
 * « First screen »). The names stay checked where they matter: `ComitiaApi` types every call at compile time, and
 * the core validates every argument.
 */
import type { ComitiaApi } from '../../../common/api/contract.ts';
import type { Result } from '../../../common/result.ts';

export type MethodCall = (name: string, arg: unknown) => Promise<Result<unknown>>;

export function apiProxy(call: MethodCall): ComitiaApi {
  const methods = new Map<string, (arg: unknown) => Promise<Result<unknown>>>();
  return new Proxy({} as ComitiaApi, {
    get(_target, name) {
      // Not a method: symbols, and `then` (an api object must not look like a promise to `await` or Promise.resolve).
      if (typeof name !== 'string' || name === 'then') return undefined;
      let method = methods.get(name);
      if (!method) {
        method = (arg: unknown) => call(name, arg);
        methods.set(name, method);
      }
      return method;
    },
  });
}
