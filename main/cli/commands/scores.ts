/**
 * `comitia scores import SESSION FILE.csv [--json]`: scores typed up from paper sheets, all or nothing, through
 * scoresImport (the same rules as a score typed in a sheet). `--as MEMBER` records who typed them.
 */
import { messageText } from '../../../common/i18n/translateMessage.ts';
import type { ScoresImportResult } from '../../../common/scoring/records.ts';
import type { CliRuntime } from '../context.ts';
import { EXIT_USER_ERROR } from '../failures.ts';
import type { CliCommand } from '../program.ts';
import { errorLine } from '../report.ts';

/** The one stderr line of a refused file: its first bad row, and how many more there are. */
function refusal(cli: CliRuntime, result: ScoresImportResult): string {
  const [first] = rejectedInWords(cli, result);
  const others = result.rejected.length - 1;
  return cli.say('cli.scores_refused', {
    row: first!.row,
    column: first!.field ? cli.say('cli.scores_refused_column', { column: first!.field }) : '',
    message: first!.message,
    more: others > 0 ? cli.say('cli.scores_refused_more', { count: others }) : '',
  });
}

/** The rejections as scripts have read them since issue #4: row, column and the problem in words. */
function rejectedInWords(cli: CliRuntime, result: ScoresImportResult): { row: number; field: string | null; message: string }[] {
  return result.rejected.map((r) => ({ row: r.row, field: r.field, message: messageText(r, cli.language) }));
}

export function registerScoresCommand(program: CliCommand, cli: CliRuntime): void {
  const scores = program.command('scores').description(cli.say('cli.cmd_scores'));
  scores
    .command('import')
    .description(cli.say('cli.cmd_scores_import'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .argument('<FILE.csv>', cli.say('cli.arg_scores_file'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, file: string, options: { json?: boolean }) => {
      await cli.open(path);
      const result = await cli.call('scoresImport', { file }, { names: { file: 'FILE.csv' } });
      // The report keeps the order scripts have read since issue #4: imported, updated, rejected, unchanged.
      const { unchanged, ...reported } = result;
      if (options.json) cli.json({ ...reported, rejected: rejectedInWords(cli, result), unchanged });
      if (result.rejected.length) {
        cli.io.err(errorLine(cli, cli.action, refusal(cli, result)));
        cli.exitCode = EXIT_USER_ERROR;
        return;
      }
      if (!options.json) cli.out(cli.say('cli.scores_imported', { imported: result.imported, updated: result.updated, unchanged }));
    });
}
