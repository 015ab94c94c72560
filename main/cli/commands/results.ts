/**
 * `comitia results SESSION --out FILE.xlsx|FILE.csv`: the decisions with ranks, values and motivations, for the
 * secretariat's other tools (cells a spreadsheet would evaluate are neutralised by the core). The file is written
 * atomically: a failed write leaves the previous file.
 */
import { extname } from 'node:path';
import { writeFileAtomic } from '../../files/atomicWrite.ts';
import { AppError } from '../../../common/result.ts';
import type { CliRuntime } from '../context.ts';
import { UsageError } from '../failures.ts';
import type { CliCommand } from '../program.ts';

export function registerResultsCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('results')
    .description(cli.say('cli.cmd_results'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .requiredOption('--out <FILE.xlsx|FILE.csv>', cli.say('cli.opt_results_out'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { out: string; json?: boolean }) => {
      const format = extname(options.out).toLowerCase().slice(1);
      if (format !== 'xlsx' && format !== 'csv') {
        throw new UsageError(cli.say('cli.choice_expected', { option: '--out', choices: 'FILE.xlsx, FILE.csv', value: options.out }), cli.action);
      }
      await cli.open(path);
      const file = await cli.call('resultsExport', { format });
      try {
        writeFileAtomic(options.out, Buffer.from(file.base64, 'base64'));
      } catch (cause) {
        throw new AppError('deliberation.results_unwritable', { path: options.out, detail: (cause as NodeJS.ErrnoException).code ?? (cause as Error).message });
      }
      const count = (await cli.call('decisionsList', {})).length;
      if (options.json) return cli.json({ path: options.out, format, decisions: count });
      cli.out(cli.say('cli.results_written', { path: options.out, count }));
    });
}
