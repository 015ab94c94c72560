/** `comitia fingerprint SESSION`: the SHA-256 (hex) of the session's decisive data, as the minutes print it. */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerFingerprintCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('fingerprint')
    .description(cli.say('cli.cmd_fingerprint'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .action(async (path: string) => {
      await cli.open(path);
      cli.out((await cli.call('minutesFingerprint', {})).fingerprint);
    });
}
