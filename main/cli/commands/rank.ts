/**
 * `comitia rank SESSION [--json]`: the ranking, raw and normalised, with ties, divergences and the dossiers left
 * out. Seen by the secretariat, or by `--as MEMBER` (the core withholds what that member may not see).
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

/** Three decimals at most in the table; the JSON keeps the values unrounded. */
export const figure = (x: number | null): string => (x === null ? '—' : String(Number(x.toFixed(3))));

export function registerRankCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('rank')
    .description(cli.say('cli.cmd_rank'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const r = await cli.call('ranking', { viewer: cli.viewer });
      if (options.json) {
        return cli.json({
          rankBy: r.rankBy,
          ranking: r.ranking.map(({ dossier, rank, raw, normalized, median, spread, scorers, tied, divergent, decidedBy, rankRange, contested }) => ({
            dossier, rank, raw, normalized, median, spread, scorers, tied, divergent, decidedBy, rankRange, contested,
          })),
          ineligible: r.ineligible.map((x) => x.dossier),
          incomplete: r.incomplete,
          unscored: r.unscored,
        });
      }
      const { say } = cli;
      cli.out(say(r.rankBy === 'raw' ? 'cli.rank_title_raw' : 'cli.rank_title_normalized'));
      for (const x of r.ranking) {
        const flags = [
          x.tied ? say('cli.rank_tied') : '',
          x.divergent ? say('cli.rank_divergent') : '',
          x.decidedBy ? say('cli.rank_decided_by', { rule: x.decidedBy }) : '',
          x.rankRange && x.rankRange[0] !== x.rankRange[1] ? say('selection.cli_rank_range', { best: x.rankRange[0], worst: x.rankRange[1] }) : '',
          x.contested ? say('selection.cli_contested') : '',
        ].filter(Boolean);
        cli.out(
          say('cli.rank_row', {
            rank: String(x.rank).padStart(3),
            dossier: x.dossier.padEnd(12),
            raw: figure(x.raw),
            normalized: figure(x.normalized),
            median: figure(x.median),
            spread: figure(x.spread),
            scorers: x.scorers,
            flags: flags.length ? `  ${flags.join(', ')}` : '',
          }),
        );
      }
      if (r.ineligible.length) cli.out(say('cli.rank_ineligible', { list: r.ineligible.map((x) => `${x.dossier} (${x.failed.join(', ')})`).join(' ; ') }));
      if (r.unscored.length) cli.out(say('cli.rank_unscored', { list: r.unscored.join(', ') }));
      if (r.incomplete.length) cli.out(say('cli.rank_incomplete', { count: r.incomplete.length }));
    });
}
