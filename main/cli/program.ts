/**
 * The `comitia` program as commander declares it: global options, help in the run's language, and every parse
 * problem turned into a UsageError worded from the catalogue (commander's own messages are English only; their
 * codes are stable, so each known code gets its catalogue text, its quoted name as parameter).
 */
import { Command, type ErrorOptions } from 'commander';
import { UsageError } from './failures.ts';
import { helpText } from './help.ts';
import type { Say } from './texts.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** The options every command accepts (declared on the root). */
export interface GlobalOptions {
  as?: string;
  lang?: string;
}

function usageProblem(say: Say, cmd: Command, code: string, message: string): string {
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  let text: string;
  switch (code) {
    case 'commander.unknownOption':
      text = say('cli.unknown_option', { option: quoted });
      break;
    case 'commander.unknownCommand':
      text = say('cli.unknown_command', { command: quoted });
      break;
    case 'commander.missingArgument':
      text = say('cli.missing_argument', { argument: quoted });
      break;
    case 'commander.missingMandatoryOptionValue':
      text = say('cli.option_required', { option: quoted.replace(/\s*<.*$/, '') });
      break;
    case 'commander.optionMissingArgument':
      text = say('cli.option_missing_value', { option: quoted.replace(/\s*<.*$/, '') });
      break;
    case 'commander.excessArguments':
      text = say('cli.excess_arguments', { arguments: cmd.args.slice(cmd.registeredArguments.length).join(' ') });
      break;
    default:
      text = say('cli.usage_problem', { detail: message.replace(/^error:\s*/, '') });
  }
  const suggestion = /Did you mean (\S+)\?/.exec(message)?.[1];
  return suggestion ? say('cli.did_you_mean', { message: text, suggestion }) : text;
}

/** A commander Command whose sub-commands are of the same kind and whose parse errors are UsageErrors. */
export class CliCommand extends Command {
  readonly say: Say;

  constructor(say: Say, name?: string) {
    super(name);
    this.say = say;
  }

  override createCommand(name?: string): CliCommand {
    return new CliCommand(this.say, name);
  }

  /** Every parse problem comes through here (commander's documented hook for errors); nothing is printed yet. */
  override error(message: string, options?: ErrorOptions): never {
    throw new UsageError(usageProblem(this.say, this, options?.code ?? 'commander.error', message), this);
  }
}

/** The root command with its global options; the commands are registered on it by main/cli/commands. */
export function createProgram(say: Say, io: CliIo): CliCommand {
  const lines = (write: (text: string) => void) => (text: string) => write(text.replace(/\n+$/, ''));
  // Settings given before any sub-command is added are inherited by all of them (commander copies them).
  return new CliCommand(say, 'comitia')
    .description(say('cli.program'))
    .option('--as <MEMBER>', say('cli.opt_as'))
    .option('--lang <fr|en>', say('cli.opt_lang'))
    .helpOption('-h, --help', say('cli.opt_help'))
    .helpCommand('help [COMMAND]', say('cli.cmd_help'))
    .configureHelp({ formatHelp: (cmd) => helpText(cmd, say) })
    // Errors are printed once, by runCli, in the run's language: commander's English line is not written.
    .configureOutput({ writeOut: lines(io.out), writeErr: lines(io.err), outputError: () => undefined })
    .showSuggestionAfterError(true)
    // Help and parse failures throw instead of calling process.exit: the CLI runs in-process in tests.
    .exitOverride();
}
