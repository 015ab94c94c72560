/**
 * `comitia grid SESSION [--json] [--set FILE.json | --template NAME [--confirm]]`: the scoring grid, in the format
 * of resources/templates/*.grid.json. Once scoring has started a change needs --confirm (the core says so).
 */
import type { Grid } from '../../../common/domain/types.ts';
import type { GridChange } from '../../../common/scoring/records.ts';
import type { CliRuntime } from '../context.ts';
import { UsageError } from '../failures.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';

interface GridOptions {
  json?: boolean;
  set?: string;
  template?: string;
  confirm?: boolean;
}

function printGrid(cli: CliRuntime, grid: Grid): void {
  const { say } = cli;
  cli.out(say('cli.grid_scale', { min: grid.scale.min, max: grid.scale.max, step: grid.scale.step }));
  for (const c of grid.criteria) cli.out(say('cli.grid_criterion', { id: c.id.padEnd(24), weight: String(c.weight).padEnd(4), label: c.label }));
  for (const e of grid.eligibility) cli.out(say('cli.grid_check', { id: e.id.padEnd(24), label: e.label }));
  cli.out(say('cli.grid_tie_break', { rules: grid.tieBreak.join(', ') || say('cli.grid_no_tie_break') }));
}

function printChange(cli: CliRuntime, change: GridChange): void {
  if (!change.changed) return cli.out(cli.say('cli.grid_unchanged'));
  const removed = change.removedScores ? cli.say('cli.grid_removed_scores', { count: change.removedScores }) : '';
  cli.out(cli.say('cli.grid_saved', { criteria: change.grid.criteria.length, checks: change.grid.eligibility.length, removed }));
}

export function registerGridCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('grid')
    .description(cli.say('cli.cmd_grid'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .option('--set <FILE.json>', cli.say('cli.opt_grid_set'))
    .option('--template <NAME>', cli.say('cli.opt_grid_template'))
    .option('--confirm', cli.say('cli.opt_confirm'))
    .action(async (path: string, options: GridOptions) => {
      if (options.set !== undefined && options.template !== undefined) throw new UsageError(cli.say('cli.set_and_template'));
      if (options.confirm && options.set === undefined && options.template === undefined) {
        throw new UsageError(cli.say('cli.confirm_without_set'));
      }
      await cli.open(path);
      if (options.set === undefined && options.template === undefined) {
        const grid = await cli.call('gridGet', {});
        return options.json ? cli.json(grid) : printGrid(cli, grid);
      }
      // The grid read from the file goes to the core as it is: gridSet checks every field of it.
      const [grid, origin] =
        options.set !== undefined
          ? [readJsonFile(options.set), fromFile(options.set, 'grid')]
          : [await cli.call('gridTemplate', { name: options.template! }, { names: { name: '--template' } }), undefined];
      const change = await cli.call('gridSet', { grid: grid as unknown as Record<string, unknown>, confirm: options.confirm === true }, origin);
      if (options.json) cli.json(change.grid);
      else printChange(cli, change);
    });
}
