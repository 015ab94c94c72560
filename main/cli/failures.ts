/**
 * How a run of `comitia` goes wrong: a usage mistake (exit code 2, with the command's usage), or a refusal by the
 * core (exit code 1, with the core's message). Everything else is an internal error (exit code 1 as well).
 */
import type { Command } from 'commander';
import type { AppErrorShape } from '../../common/result.ts';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;

/** A mistake in how a command was called, found by the parser (`command`) or by the command itself (null). */
export class UsageError extends Error {
  readonly text: string;
  readonly command: Command | null;
  constructor(text: string, command: Command | null = null) {
    super(text);
    this.name = 'UsageError';
    this.text = text;
    this.command = command;
  }
}

/**
 * Where an argument of a call came from, so that a refusal names it in the terminal's words: the JSON file the
 * argument `under` was read from, and the CLI's names for the other fields (`path` → `SESSION`).
 */
export interface ArgumentOrigin {
  file?: string;
  under?: string;
  names?: Readonly<Record<string, string>>;
}

/** A call the core refused. */
export class CallFailed extends Error {
  readonly error: AppErrorShape;
  readonly origin: ArgumentOrigin | undefined;
  constructor(error: AppErrorShape, origin?: ArgumentOrigin) {
    super(error.code);
    this.name = 'CallFailed';
    this.error = error;
    this.origin = origin;
  }
}
