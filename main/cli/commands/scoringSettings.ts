/**
 * `comitia scoring-settings SESSION [--json] [--rank-by normalized|raw] [--blind yes|no] [--divergence N]`: the
 * session's scoring settings, read or changed. The values' rules are the core's; yes/no is the command line's.
 */
import type { CliRuntime } from '../context.ts';
import { UsageError } from '../failures.ts';
import type { CliCommand } from '../program.ts';

interface SettingsOptions {
  json?: boolean;
  rankBy?: string;
  blind?: string;
  divergence?: string;
}

function yesNo(cli: CliRuntime, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw new UsageError(cli.say('cli.choice_expected', { option: '--blind', choices: 'yes, no', value }));
}

export function registerScoringSettingsCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('scoring-settings')
    .description(cli.say('cli.cmd_scoring_settings'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .option('--rank-by <normalized|raw>', cli.say('cli.opt_rank_by'))
    .option('--blind <yes|no>', cli.say('cli.opt_blind'))
    .option('--divergence <N>', cli.say('cli.opt_divergence'))
    .action(async (path: string, options: SettingsOptions) => {
      const blind = yesNo(cli, options.blind);
      // A decimal comma is accepted, as everywhere a French user types a number; the core checks the value.
      const typed = options.divergence?.trim().replace(',', '.');
      const divergence = typed === undefined ? undefined : typed === '' ? Number.NaN : Number(typed);
      await cli.open(path);
      const changing = options.rankBy !== undefined || blind !== undefined || divergence !== undefined;
      const settings = changing
        ? await cli.call(
            'scoringSettingsSet',
            { rankBy: options.rankBy as 'normalized' | 'raw' | undefined, blind, divergenceThreshold: divergence },
            { names: { rankBy: '--rank-by', blind: '--blind', divergenceThreshold: '--divergence' } },
          )
        : await cli.call('scoringSettingsGet', {});
      if (options.json) return cli.json(settings);
      cli.out(
        cli.say('cli.settings_line', {
          rankBy: cli.say(settings.rankBy === 'raw' ? 'cli.rank_by_raw' : 'cli.rank_by_normalized'),
          blind: cli.say(settings.blind ? 'cli.yes' : 'cli.no'),
          threshold: settings.divergenceThreshold,
        }),
      );
    });
}
