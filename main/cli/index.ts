/**
 * The `comitia` command: a client of the one entrance (api.invoke), like the shells, for the secretariat's scripts.
 * Exit codes: 0 success, 1 user error (one line on stderr; `{"error": …}` on stdout with --json), 2 usage error
 * (with the command's usage). French unless `--lang en` or an English locale says otherwise.
 */
import { CliRuntime } from './context.ts';
import { registerCommands } from './commands/index.ts';
import { createProgram, type CliIo } from './program.ts';
import { reportFailure } from './report.ts';
import { cliLanguage, sayIn, type Environment } from './texts.ts';

export type { CliIo } from './program.ts';

export interface RunOptions {
  /** Where the locale (LC_ALL, LANG) and COMITIA_PASSPHRASE are read from; the process's environment by default. */
  env?: Environment;
  /** A settings folder to use instead of a throwaway one (tests check that nothing is remembered there). */
  settingsDir?: string;
}

export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const language = cliLanguage(argv, env);
  const say = sayIn(language);
  const cli = new CliRuntime(io, say, language, options.settingsDir ?? null, env);
  const program = createProgram(say, io);
  program.hook('preAction', (_root, action) => cli.begin(action));
  registerCommands(program, cli);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return cli.exitCode;
  } catch (error) {
    return reportFailure(cli, program, error);
  } finally {
    cli.close();
  }
}
