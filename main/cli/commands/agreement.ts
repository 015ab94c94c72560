/** `comitia agreement SESSION [--json]`: agreement between members per criterion and on the weighted total. */
import type { Agreement } from '../../../common/scoring/agreement.ts';
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';
import { figure } from './rank.ts';

export function registerAgreementCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('agreement')
    .description(cli.say('cli.cmd_agreement'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const a = await cli.call('agreement', { viewer: cli.viewer });
      if (options.json) return cli.json(a);
      const line = (name: string, s: Agreement['total']) =>
        cli.say('cli.agreement_row', {
          name: name.padEnd(24),
          alpha: figure(s.alpha),
          icc21: figure(s.icc21),
          icc2k: figure(s.icc2k),
          units: s.units,
          iccUnits: s.iccUnits,
          iccRaters: s.iccRaters,
        });
      for (const c of a.criteria) cli.out(line(c.criterion, c));
      cli.out(line(cli.say('cli.agreement_total'), a.total));
    });
}
