/** `comitia conflicts SESSION [--json] [--set FILE.json]`: the register of conflicts of interest, read or replaced. */
import type { CliRuntime } from '../context.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';

export function registerConflictsCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('conflicts')
    .description(cli.say('cli.cmd_conflicts'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .option('--set <FILE.json>', cli.say('cli.opt_conflicts_set'))
    .action(async (path: string, options: { json?: boolean; set?: string }) => {
      await cli.open(path);
      if (options.set !== undefined) {
        const change = await cli.call('conflictsReplace', { entries: readJsonFile(options.set) }, fromFile(options.set, 'entries'));
        if (options.json) return cli.json(change.conflicts);
        const { added, removed, changed } = change;
        return cli.out(cli.say('cli.conflicts_saved', { count: change.conflicts.length, added, removed, changed }));
      }
      const conflicts = await cli.call('conflictsList', {});
      if (options.json) return cli.json(conflicts);
      for (const c of conflicts) cli.out(`${c.dossier.padEnd(12)} ${c.member.padEnd(24)} ${c.declaredAt.slice(0, 10)}  ${c.reason}`);
    });
}
