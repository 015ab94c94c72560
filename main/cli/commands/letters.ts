/** `comitia letters SESSION --out DIR [--merged]`: one notification letter per decided applicant (PDF, French). */
import { resolve } from 'node:path';
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerLettersCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('letters')
    .description(cli.say('cli.cmd_letters'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .requiredOption('--out <DIR>', cli.say('cli.opt_out_dir'))
    .option('--merged', cli.say('cli.opt_merged'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { out: string; merged?: boolean; json?: boolean }) => {
      await cli.open(path);
      const out = resolve(options.out);
      const { files } = await cli.call('minutesLetters', { out, merged: options.merged === true }, { names: { out: '--out' } });
      if (options.json) return cli.json({ files });
      cli.out(cli.say('cli.letters_written', { count: files.length, path: out }));
    });
}
