/**
 * Codes and parameters of the core's messages, typed from the French catalogue: a code that is not in it, or a
 * missing parameter, does not compile. Plural keys (`_one`, `_other`) share one code and take a `count`.
 */
import { messagesFr, type MessageCatalogue } from './messages/index.ts';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Namespace = keyof MessageCatalogue & string;

export type MessageCode = {
  [NS in Namespace]: `${NS}.${StripPlural<keyof MessageCatalogue[NS] & string>}`;
}[Namespace];

type TextOf<C extends string> = C extends `${infer NS}.${infer K}`
  ? NS extends Namespace
    ? K extends keyof MessageCatalogue[NS]
      ? MessageCatalogue[NS][K]
      : `${K}_other` extends keyof MessageCatalogue[NS]
        ? MessageCatalogue[NS][`${K}_other`] | 'plural {{count}}'
        : never
    : never
  : never;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type ParamNames<S> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? Trim<P extends `${infer Name},${string}` ? Name : P> | ParamNames<Rest>
  : never;

export type ParamValue = string | number;
export type MessageParams<C extends MessageCode> = { [P in ParamNames<TextOf<C>>]: ParamValue };

/** A message as the core hands it out: a code and the values its text needs. */
export interface Message<C extends MessageCode = MessageCode> {
  code: C;
  params?: Record<string, ParamValue>;
}

/** The constructor arguments after the code: the parameters (required when the text has some), then details. */
export type ParamArgs<C extends MessageCode> = [ParamNames<TextOf<C>>] extends [never]
  ? [params?: Record<string, never>, details?: unknown]
  : [params: MessageParams<C>, details?: unknown];

const catalogue = messagesFr as unknown as Record<string, Record<string, string>>;

/** Whether a string names a message of the catalogue (zod schemas carry codes as their messages). */
export function isMessageCode(value: string): value is MessageCode {
  const dot = value.indexOf('.');
  if (dot <= 0) return false;
  const keys = catalogue[value.slice(0, dot)];
  if (!keys) return false;
  const key = value.slice(dot + 1);
  return Object.hasOwn(keys, key) || Object.hasOwn(keys, `${key}_other`);
}

/** Builds a message with type-checked parameters. */
export function message<C extends MessageCode>(code: C, ...[params]: ParamArgs<C>): Message<C> {
  return params === undefined ? { code } : { code, params: params as Record<string, ParamValue> };
}
