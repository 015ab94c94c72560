/** `comitia members SESSION [--json] [--set FILE.json]`: the committee, in the order the minutes list it. */
import type { CliRuntime } from '../context.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';

export function registerMembersCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('members')
    .description(cli.say('cli.cmd_members'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .option('--set <FILE.json>', cli.say('cli.opt_members_set'))
    .action(async (path: string, options: { json?: boolean; set?: string }) => {
      await cli.open(path);
      const members =
        options.set === undefined
          ? await cli.call('membersList', {})
          : await cli.call('membersSet', { members: readJsonFile(options.set) }, fromFile(options.set, 'members'));
      if (options.json) return cli.json(members);
      if (options.set !== undefined) return cli.out(cli.say('cli.members_saved', { count: members.length }));
      for (const m of members) cli.out(`${m.id.padEnd(24)} ${m.role.padEnd(10)} ${m.name} (${m.institution})`);
    });
}
