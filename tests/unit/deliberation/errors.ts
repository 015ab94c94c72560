/** The code and parameters of the AppError a call throws (fails the test if it throws nothing, or something else). */
import { expect } from 'vitest';
import { AppError } from '../../../common/result.ts';

export function refusal(fn: () => unknown): { code: string; params: Record<string, unknown> | undefined } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    return { code: e.code, params: e.params };
  }
  throw new Error('expected a refusal, got none');
}
