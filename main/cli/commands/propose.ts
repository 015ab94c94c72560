/**
 * `comitia propose SESSION [--json]`: the selection that maximises the sum of normalised values under the session's
 * targets (HiGHS), `{"status", "selected", "objective", "binding", "conflicting"}`. Nothing is applied: the chair
 * records the decisions.
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';
import { figure } from './rank.ts';

export function registerProposeCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('propose')
    .description(cli.say('selection.cli_cmd_propose'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const p = await cli.call('propose', { viewer: cli.viewer });
      if (options.json) {
        return cli.json({ status: p.status, selected: p.selected, objective: p.objective, binding: p.binding, conflicting: p.conflicting });
      }
      const { say } = cli;
      const counts = { count: p.selected.length, objective: figure(p.objective) };
      cli.out(p.status === 'optimal' ? say('selection.cli_proposal_optimal', counts) : say('selection.cli_proposal_infeasible', { ...counts, targets: p.conflicting.join(', ') }));
      cli.out(say('selection.cli_proposal_selected', { list: p.selected.join(', ') || say('selection.cli_none') }));
      if (p.binding.length) cli.out(say('selection.cli_proposal_binding', { list: p.binding.join(', ') }));
    });
}
