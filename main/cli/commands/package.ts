/**
 * `comitia package export SESSION --member ID --out FILE` and `comitia package open FILE --out MEMBER.comitia`
 * (issue 11): a member's encrypted review package, and the member's scoring file made from it. The passphrase comes
 * from COMITIA_PASSPHRASE; otherwise `export` has one proposed (printed once, to hand over separately) and `open`
 * reads it from the first line of standard input.
 */
import { createInterface } from 'node:readline';
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

function givenPassphrase(cli: CliRuntime): string | undefined {
  return cli.env.COMITIA_PASSPHRASE?.trim() ? cli.env.COMITIA_PASSPHRASE : undefined;
}

async function readPassphraseLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

export function registerPackageCommand(program: CliCommand, cli: CliRuntime): void {
  const pkg = program.command('package').description(cli.say('exchange.cmd_package'));
  pkg
    .command('export')
    .description(cli.say('exchange.cmd_package_export'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .requiredOption('--member <ID>', cli.say('exchange.opt_member'))
    .requiredOption('--out <FILE>', cli.say('exchange.opt_out'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { member: string; out: string; json?: boolean }) => {
      await cli.open(path);
      const issued = await cli.call(
        'packageExport',
        { member: options.member, out: options.out, passphrase: givenPassphrase(cli) },
        { names: { member: '--member', out: '--out' } },
      );
      if (options.json) return cli.json(issued);
      cli.out(cli.say('exchange.cli_package_written', { member: issued.member, out: issued.out, dossiers: issued.dossiers }));
      if (issued.passphrase) cli.out(cli.say('exchange.cli_passphrase', { passphrase: issued.passphrase }));
    });
  pkg
    .command('open')
    .description(cli.say('exchange.cmd_package_open'))
    .argument('<FILE>', cli.say('exchange.arg_package_file'))
    .requiredOption('--out <MEMBER.comitia>', cli.say('exchange.arg_member_file'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (file: string, options: { out: string; json?: boolean }) => {
      const passphrase = givenPassphrase(cli) ?? (await readPassphraseLine());
      const info = await cli.call('packageOpen', { file, out: options.out, passphrase }, { names: { file: 'FILE', out: '--out' } });
      if (options.json) return cli.json(info);
      cli.out(cli.say('exchange.cli_package_opened', { out: info.path, dossiers: info.dossiers }));
    });
}
