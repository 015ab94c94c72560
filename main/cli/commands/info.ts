/**
 * `comitia info FILE [--json]`: what the session file holds, read-only: describing a file never migrates, backs up
 * or writes it (main/db/connection.ts), and an older schema is described as such.
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerInfoCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('info')
    .description(cli.say('cli.cmd_info'))
    .argument('<FILE>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      const info = await cli.open(path, { readOnly: true });
      const latest = info.latestSchemaVersion ?? info.schemaVersion;
      if (options.json) return cli.json(info);
      cli.out(cli.say('cli.info_title', { title: info.title, path: info.path }));
      cli.out(cli.say('cli.info_counts', { schemaVersion: info.schemaVersion, dossiers: info.dossiers, members: info.members, criteria: info.criteria }));
      if (info.schemaVersion < latest) cli.out(cli.say('cli.info_older_schema', { version: info.schemaVersion, latest }));
    });
}
