/**
 * The one type of a translated catalogue: the same keys as the French original (the reference language), any
 * strings. Every English catalogue, of the interface and of the core's messages, is typed with it.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : Translation<T[K]>;
};

/** A lookup by a key made at run time (a field path the core names, a message code), in one namespace. */
export type RuntimeLookup = (key: string, params?: Record<string, unknown>) => string;

/**
 * i18next's `t` for keys computed at run time. Its key types (renderer/src/i18n/i18next.d.ts) check the keys written
 * in the code; a computed key cannot be checked statically, so it goes through here and is checked where it is made
 * (the message codes by MessageCode, the field labels by their unit tests). A key the catalogue lacks comes back
 * as itself, as i18next does.
 */
export function runtimeLookup(t: (...args: never) => unknown): RuntimeLookup {
  // The one place that forgets t's key types, on purpose (above).
  const lookUp = t as unknown as (key: string, options: object) => unknown;
  return (key, params) => String(lookUp(key, params ?? {}));
}
