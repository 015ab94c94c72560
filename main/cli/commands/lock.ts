/**
 * `comitia lock SESSION [--json]`: the chair closes the deliberation. Afterwards any change to a score, a conflict, a
 * vote or a decision needs a reason and is recorded as a post-lock change. Under `--as MEMBER`, only the chair may.
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerLockCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('lock')
    .description(cli.say('cli.cmd_lock'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const state = await cli.call('sessionLock', {});
      if (options.json) return cli.json(state);
      cli.out(cli.say('cli.locked', { at: state.lockedAt ?? '', by: state.lockedBy ?? '' }));
    });
}
