/**
 * `comitia sign FILE.pdf --p12 FILE.p12 --role chair|secretary [--out OUT.pdf]`: a PAdES B-B signature added to the
 * PDF as an incremental update (the chair's first, the secretary's after it). The password comes from
 * COMITIA_P12_PASSWORD, else from the terminal without echo.
 */
import { resolve } from 'node:path';
import type { CliRuntime } from '../context.ts';
import { UsageError } from '../failures.ts';
import type { CliCommand } from '../program.ts';
import { p12Password } from './p12Password.ts';

const ROLES = ['chair', 'secretary'] as const;

export function registerSignCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('sign')
    .description(cli.say('cli.cmd_sign'))
    .argument('<FILE.pdf>', cli.say('cli.arg_pdf'))
    .requiredOption('--p12 <FILE.p12>', cli.say('cli.opt_p12'))
    .requiredOption('--role <chair|secretary>', cli.say('cli.opt_role'))
    .option('--out <OUT.pdf>', cli.say('cli.opt_out_signed'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (file: string, options: { p12: string; role: string; out?: string; json?: boolean }) => {
      const role = ROLES.find((r) => r === options.role);
      if (!role) throw new UsageError(cli.say('cli.choice_expected', { option: '--role', choices: ROLES.join(', '), value: options.role }));
      const password = await p12Password(cli);
      const out = resolve(options.out ?? file);
      const report = await cli.call(
        'minutesSignFile',
        { pdf: resolve(file), p12: resolve(options.p12), password, role, out },
        { names: { pdf: 'FILE.pdf', p12: '--p12', out: '--out' } },
      );
      if (options.json) return cli.json(report);
      cli.out(cli.say('cli.signed_written', { role, path: out }));
    });
}
