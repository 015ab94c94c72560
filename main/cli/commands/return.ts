/**
 * `comitia return export MEMBER.comitia --out FILE` (the member's signed score return) and
 * `comitia return import SESSION FILE [--json]` (into the secretariat's session; exit 1, nothing changed, when the
 * return is refused). `--json` prints `{"new","updated","unchanged","conflicts":[...],"declarations"}`.
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerReturnCommand(program: CliCommand, cli: CliRuntime): void {
  const ret = program.command('return').description(cli.say('exchange.cmd_return'));
  ret
    .command('export')
    .description(cli.say('exchange.cmd_return_export'))
    .argument('<MEMBER.comitia>', cli.say('exchange.arg_member_file'))
    .requiredOption('--out <FILE>', cli.say('exchange.opt_out'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { out: string; json?: boolean }) => {
      await cli.open(path);
      const written = await cli.call('returnExport', { out: options.out }, { names: { out: '--out' } });
      if (options.json) return cli.json(written);
      cli.out(cli.say('exchange.cli_return_written', { sequence: written.sequence, out: written.out, scores: written.scores, declarations: written.declarations }));
    });
  ret
    .command('import')
    .description(cli.say('exchange.cmd_return_import'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .argument('<FILE>', cli.say('exchange.arg_return_file'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, file: string, options: { json?: boolean }) => {
      await cli.open(path);
      const report = await cli.call('returnImport', { file }, { names: { file: 'FILE' } });
      if (options.json) {
        return cli.json({ new: report.new, updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts, declarations: report.declarations });
      }
      if (report.status === 'replay') return cli.out(cli.say('exchange.cli_return_replay'));
      if (report.status === 'stale') return cli.out(cli.say('exchange.cli_return_stale'));
      cli.out(
        cli.say('exchange.cli_return_imported', {
          new: report.new,
          updated: report.updated,
          unchanged: report.unchanged,
          conflicts: report.conflicts.length,
          declarations: report.declarations,
        }),
      );
    });
}
