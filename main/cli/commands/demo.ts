/** `comitia demo FILE`: the "Territoires Volontaires 2022" demonstration session, built by the core. */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerDemoCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('demo')
    .description(cli.say('cli.cmd_demo'))
    .argument('<FILE>', cli.say('cli.arg_session'))
    .action(async (path: string) => {
      const info = await cli.create(path, true);
      cli.out(cli.say('cli.demo_created', { path: info.path, dossiers: info.dossiers, members: info.members, criteria: info.criteria }));
    });
}
