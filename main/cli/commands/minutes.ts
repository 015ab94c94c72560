/**
 * `comitia minutes SESSION --out FILE.pdf [--annexes all|none|anonymous]`: generates the procès-verbal, stores it in
 * the session as a new version (earlier ones are kept) and writes it to FILE.pdf.
 */
import { resolve } from 'node:path';
import { ANNEX_PRESET_NAMES, type AnnexPreset } from '../../../common/minutes/versions.ts';
import type { CliRuntime } from '../context.ts';
import { UsageError } from '../failures.ts';
import type { CliCommand } from '../program.ts';

export function registerMinutesCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('minutes')
    .description(cli.say('cli.cmd_minutes'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .requiredOption('--out <FILE.pdf>', cli.say('cli.opt_out_pdf'))
    .option('--annexes <all|none|anonymous>', cli.say('cli.opt_annexes'), 'all')
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { out: string; annexes: string; json?: boolean }) => {
      if (!(ANNEX_PRESET_NAMES as string[]).includes(options.annexes)) {
        throw new UsageError(cli.say('cli.choice_expected', { option: '--annexes', choices: ANNEX_PRESET_NAMES.join(', '), value: options.annexes }));
      }
      await cli.open(path);
      const version = await cli.call('minutesGenerate', { annexes: options.annexes as AnnexPreset });
      const out = resolve(options.out);
      await cli.call('minutesExport', { version: version.version, out }, { names: { out: '--out' } });
      if (options.json) return cli.json({ ...version, path: out });
      cli.out(cli.say('cli.minutes_written', { version: version.version, pages: version.pages, draft: version.locked ? '' : cli.say('cli.minutes_draft'), path: out }));
    });
}
