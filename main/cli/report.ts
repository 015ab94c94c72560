/**
 * How a run that went wrong ends: the exit code, one line on stderr (prefixed with the command), the usage for a
 * usage error, `{"error": …}` on stdout for a refusal under `--json`. Each failure is printed here, once.
 */
import { CommanderError, type Command } from 'commander';
import { errorIssues, errorText, messageText } from '../../common/i18n/translateMessage.ts';
import { AppError, type AppErrorShape } from '../../common/result.ts';
import type { CliRuntime } from './context.ts';
import { CallFailed, EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, UsageError, type ArgumentOrigin } from './failures.ts';
import { commandPath, usageLines } from './help.ts';
import { printable } from './terminalText.ts';

/** The line that names the command: `comitia scores import : …`. */
export function errorLine(cli: CliRuntime, cmd: Command | null, message: string): string {
  const path = cmd ? commandPath(cmd).slice(1).join(' ') : '';
  const oneLine = message.replace(/\s*\n\s*/g, ' ');
  return path ? cli.say('cli.error_line', { command: path, message: oneLine }) : cli.say('cli.error_line_root', { message: oneLine });
}

/** An argument's field as the command line knows it: the path inside the file it came from, or the CLI's name. */
function fieldName(field: string, origin: ArgumentOrigin | undefined): string {
  if (origin?.under && (field === origin.under || field.startsWith(`${origin.under}.`) || field.startsWith(`${origin.under}[`))) {
    return field.slice(origin.under.length).replace(/^\./, '');
  }
  const top = /^[^.[]+/.exec(field)?.[0] ?? field;
  const name = origin?.names?.[top];
  return name ? name + field.slice(top.length) : field;
}

/**
 * The core's error in the run's language. A refused argument lists its problems by the names the user typed (the
 * method's name, which `core.invalid_argument` carries, means nothing on the command line).
 */
export function failureText(cli: CliRuntime, error: AppErrorShape, origin?: ArgumentOrigin): string {
  const issues = error.code === 'core.invalid_argument' ? errorIssues(error) : [];
  let text: string;
  if (issues.length) {
    const lines = issues.map((issue) => {
      const problem = messageText(issue, cli.language);
      const field = fieldName(issue.field, origin);
      return field ? cli.say('cli.issue_at', { field, problem }) : problem;
    });
    text = [...(origin?.file ? [cli.say('cli.file_refused', { path: origin.file })] : []), ...lines].join('\n  ');
  } else {
    text = errorText(error, cli.language);
  }
  // The core asks for a confirmation in its own words; how to give it on the command line is the CLI's to say.
  return error.code.endsWith('confirm_required') ? cli.say('cli.confirm_hint', { message: text }) : text;
}

function usageFailure(cli: CliRuntime, cmd: Command, text: string): number {
  cli.io.err(errorLine(cli, cmd, text));
  for (const usage of usageLines(cmd, cli.say)) cli.io.err(cli.say('cli.help_usage', { usage }));
  return EXIT_USAGE;
}

export function reportFailure(cli: CliRuntime, program: Command, error: unknown): number {
  if (error instanceof CommanderError) {
    // Help asked for (exit 0), or printed because a command was missing (an error: exit 2).
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof UsageError) return usageFailure(cli, error.command ?? cli.action ?? program, error.text);
  if (error instanceof CallFailed || error instanceof AppError) {
    const text = error instanceof CallFailed ? failureText(cli, error.error, error.origin) : failureText(cli, error.toShape());
    if (cli.wantsJson) cli.json({ error: text });
    // The refusal may quote imported data (a row's value, a file name): printable, like the text output.
    cli.io.err(printable(errorLine(cli, cli.action, text)));
    return EXIT_USER_ERROR;
  }
  // A bug of ours: one line for the user, the stack for whoever reports it.
  console.error(error);
  const text = cli.say('cli.internal', { detail: (error as Error)?.message ?? String(error) });
  if (cli.wantsJson) cli.json({ error: text });
  cli.io.err(errorLine(cli, cli.action, text));
  return EXIT_USER_ERROR;
}
