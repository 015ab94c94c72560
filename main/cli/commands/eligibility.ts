/** `comitia eligibility SESSION [--json] [--set FILE.json]`: the eligibility results per dossier and check. */
import type { CliRuntime } from '../context.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';

export function registerEligibilityCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('eligibility')
    .description(cli.say('cli.cmd_eligibility'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .option('--set <FILE.json>', cli.say('cli.opt_eligibility_set'))
    .action(async (path: string, options: { json?: boolean; set?: string }) => {
      await cli.open(path);
      const results =
        options.set === undefined
          ? await cli.call('eligibilityList', {})
          : await cli.call('eligibilitySet', { entries: readJsonFile(options.set) }, fromFile(options.set, 'entries'));
      if (options.json) return cli.json(results);
      for (const r of results) {
        const verdict = cli.say(r.passed ? 'cli.eligibility_passed' : 'cli.eligibility_failed');
        cli.out(`${r.dossier.padEnd(12)} ${r.check.padEnd(24)} ${verdict}${r.note ? `  ${r.note}` : ''}`);
      }
    });
}
