/**
 * `comitia targets SESSION [--json]`: each of the programme's targets against the committee's current decisions
 * (main/selection/currentSelection.ts): `{"targets": [{"id", "label", "goal", "current", "met"}]}`. The label of a
 * default target is the catalogue's, in the CLI's language (French unless told otherwise); a target the secretariat
 * named keeps its name. Shares are fractions (0.5), as the targets state them.
 */
import type { LabelledStatus } from '../../../common/api/contract/selection.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';
import { figure } from './rank.ts';

export const targetLabel = (t: LabelledStatus, cli: CliRuntime): string => (t.labelMessage ? messageText(t.labelMessage, cli.language) : t.label);

function goalText(t: LabelledStatus, cli: CliRuntime): string {
  const { say } = cli;
  if (t.kind === 'echelons') {
    return say('selection.cli_goal_echelons', { minEach: t.goal.minEach, maxShare: t.goal.maxShare === null ? say('selection.cli_none') : figure(t.goal.maxShare) });
  }
  const { min, max } = t.goal;
  if (min !== null && max !== null) return say('selection.cli_goal_between', { min: figure(min), max: figure(max) });
  return min !== null ? say('selection.cli_goal_min', { min: figure(min) }) : say('selection.cli_goal_max', { max: figure(max) });
}

function currentText(t: LabelledStatus, cli: CliRuntime): string {
  if (t.kind === 'echelons') return Object.entries(t.current).map(([e, n]) => `${e} ${n}`).join(', ');
  return t.current === null ? cli.say('selection.cli_none') : figure(t.current);
}

export function registerTargetsCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('targets')
    .description(cli.say('selection.cli_cmd_targets'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const r = await cli.call('targetsEvaluate', { against: 'decisions', viewer: cli.viewer });
      if (options.json) {
        return cli.json({ targets: r.targets.map((t) => ({ id: t.id, label: targetLabel(t, cli), goal: t.goal, current: t.current, met: t.met })) });
      }
      for (const t of r.targets) {
        cli.out(
          cli.say('selection.cli_target_row', {
            mark: t.met ? '✔' : '✘',
            label: `${targetLabel(t, cli)} [${cli.say(t.met ? 'selection.cli_met' : 'selection.cli_not_met')}]`,
            current: currentText(t, cli),
            goal: goalText(t, cli),
          }),
        );
      }
    });
}
