import type { z } from 'zod';
import { contract, type MethodName, type ParsedInput } from './contract.ts';
import { isMessageCode, type MessageCode, type ParamValue } from '../i18n/messageCode.ts';
import type { IssueMessage } from '../i18n/translateMessage.ts';
import { fail, ok, type Result } from '../result.ts';

/** Turns a zod issue path into the field name the user sees: `["criteria", 2, "weight"]` → `criteria[2].weight`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

const ZOD_CODES: Record<string, MessageCode> = {
  invalid_type: 'validation.invalid_type',
  too_small: 'validation.too_small',
  too_big: 'validation.too_big',
  invalid_format: 'validation.invalid_format',
  unrecognized_keys: 'validation.unrecognized_keys',
  invalid_value: 'validation.invalid_value',
  invalid_union: 'validation.invalid_union',
  invalid_key: 'validation.invalid_key',
  invalid_element: 'validation.invalid_element',
  not_multiple_of: 'validation.not_multiple_of',
};

/** What of the input a message may repeat: short, so that a 64 MB key or value is never echoed back. */
const MAX_PARAM_LENGTH = 120;
const clip = (text: string) => (text.length > MAX_PARAM_LENGTH ? `${text.slice(0, MAX_PARAM_LENGTH)}…` : text);

const asParam = (value: unknown): ParamValue | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return clip(value.slice(0, 10).map((v) => clip(String(v))).join(', '));
  return undefined;
};

/**
 * A zod issue as a message with parameters: the schema's own code when it names one (schemas carry catalogue codes
 * as their messages, and custom issues their `params`), else zod's issue code with the fields zod gives it.
 */
export function issueMessage(issue: z.core.$ZodIssue): IssueMessage {
  const params: Record<string, ParamValue> = {};
  for (const key of ['expected', 'minimum', 'maximum', 'keys', 'values', 'divisor', 'format'] as const) {
    const value = asParam((issue as unknown as Record<string, unknown>)[key]);
    if (value !== undefined) params[key] = value;
  }
  if (issue.code === 'custom' && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) {
      const v = asParam(value);
      if (v !== undefined) params[key] = v;
    }
  }
  const code = isMessageCode(issue.message) ? issue.message : (ZOD_CODES[issue.code] ?? 'validation.custom');
  return { field: clip(fieldName(issue.path)), code, ...(Object.keys(params).length ? { params } : {}) };
}

/** Parses a method's argument; a malformed one becomes a Result error listing every problem, never an exception. */
export function parseArgument<M extends MethodName>(name: M, raw: unknown): Result<ParsedInput<M>> {
  const schema: z.ZodType = contract[name].input;
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return ok(parsed.data as ParsedInput<M>);
  return fail('core.invalid_argument', { method: name }, { issues: parsed.error.issues.map(issueMessage) });
}
