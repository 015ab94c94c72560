/**
 * The one type of a translated catalogue: the same keys as the French original (the reference language), any
 * strings. Every English catalogue, of the interface and of the core's messages, is typed with it.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : Translation<T[K]>;
};
