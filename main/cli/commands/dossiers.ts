/** `comitia dossiers SESSION [--json]`: the session's dossiers as imported. */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerDossiersCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('dossiers')
    .description(cli.say('cli.cmd_dossiers'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const dossiers = await cli.call('dossiersList', {});
      if (options.json) return cli.json(dossiers);
      for (const d of dossiers) {
        const warnings = d.warnings.length ? cli.say('cli.dossier_warnings', { count: d.warnings.length }) : '';
        cli.out(`${d.id}\t${d.name}\t${d.echelon}\t${d.state}${warnings}`);
      }
      cli.out(cli.say('cli.count_dossiers', { count: dossiers.length }));
    });
}
