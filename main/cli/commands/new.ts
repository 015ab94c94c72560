/** `comitia new FILE`: an empty session file. */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerNewCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('new')
    .description(cli.say('cli.cmd_new'))
    .argument('<FILE>', cli.say('cli.arg_session'))
    .action(async (path: string) => {
      const info = await cli.create(path);
      cli.out(cli.say('cli.session_created', { path: info.path }));
    });
}
