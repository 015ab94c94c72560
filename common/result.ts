/**
 * The one shape every API call returns: the renderer never sees a raw exception. Errors leave the core as a code
 * with parameters (common/i18n/messageCode.ts); the edges translate them. `code` is stable: tests and the interface
 * branch on it.
 */
import type { MessageCode, ParamArgs, ParamValue } from './i18n/messageCode.ts';

export interface AppErrorShape {
  code: string;
  params?: Record<string, ParamValue>;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function fail<C extends MessageCode>(code: C, ...args: ParamArgs<C>): Result<never>;
export function fail(code: MessageCode, params?: Record<string, ParamValue>, details?: unknown): Result<never> {
  const error: AppErrorShape = { code };
  if (params !== undefined && Object.keys(params).length > 0) error.params = params;
  if (details !== undefined) error.details = details;
  return { ok: false, error };
}

/** An error the core raises on purpose: its code and parameters reach the edges unchanged. */
export class AppError<C extends MessageCode = MessageCode> extends Error {
  readonly code: C;
  readonly params: Record<string, ParamValue> | undefined;
  readonly details: unknown;
  constructor(code: C, ...args: ParamArgs<C>);
  constructor(code: C, params?: Record<string, ParamValue>, details?: unknown) {
    const values = params;
    // The Error's own message is for logs only, never shown to a person.
    super(values ? `${code} ${JSON.stringify(values)}` : code);
    this.name = 'AppError';
    this.code = code;
    this.params = values;
    this.details = details;
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code };
    if (this.params && Object.keys(this.params).length > 0) shape.params = this.params;
    if (this.details !== undefined) shape.details = this.details;
    return shape;
  }
}
