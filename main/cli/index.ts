/**
 * The `comitia` command: the same core as the application, for the secretariat's scripts.
 * Exit codes: 0 success, 1 user error (one line on stderr), 2 usage error.
 */
import { errorText } from '../../common/i18n/translateMessage.ts';
import { AppError } from '../../common/result.ts';
import { EXIT_USAGE, EXIT_USER_ERROR, UsageError, type CliIo } from './command.ts';
import { commands } from './commands/index.ts';

function usage(): string {
  return ['usage : comitia <commande> …', ...commands.map((c) => `  comitia ${c.usage.padEnd(48)} ${c.summary}`)].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`comitia : commande inconnue « ${name} »\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`comitia ${name} : ${error.message}\nusage : comitia ${command.usage}`);
      return EXIT_USAGE;
    }
    const jsonWanted = rest.includes('--json');
    const message = error instanceof AppError ? errorText(error.toShape()) : `erreur interne : ${(error as Error).message}`;
    if (!(error instanceof AppError)) console.error(error);
    if (jsonWanted) io.out(JSON.stringify({ error: message }));
    io.err(`comitia ${name} : ${message.replace(/\s*\n\s*/g, ' ')}`);
    return EXIT_USER_ERROR;
  }
}
