/**
 * `comitia cert new --name "…" --org "…" --out FILE.p12`: a self-issued certificate and its key, protected by the
 * password of COMITIA_P12_PASSWORD (else asked on the terminal without echo). Signatures made with it are labelled
 * « certificat auto-émis » and never presented as trusted.
 */
import { resolve } from 'node:path';
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';
import { p12Password } from './p12Password.ts';

export function registerCertCommand(program: CliCommand, cli: CliRuntime): void {
  const cert = program.command('cert').description(cli.say('cli.cmd_cert'));
  cert
    .command('new')
    .description(cli.say('cli.cmd_cert_new'))
    .requiredOption('--name <NAME>', cli.say('cli.opt_name'))
    .option('--org <ORGANISATION>', cli.say('cli.opt_org'))
    .requiredOption('--out <FILE.p12>', cli.say('cli.opt_out_p12'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (options: { name: string; org?: string; out: string; json?: boolean }) => {
      const password = await p12Password(cli);
      const created = await cli.call(
        'minutesCertificateCreate',
        { name: options.name, ...(options.org ? { organisation: options.org } : {}), password, out: resolve(options.out) },
        { names: { out: '--out', name: '--name', organisation: '--org' } },
      );
      if (options.json) return cli.json(created);
      cli.out(cli.say('cli.cert_written', { subject: created.subject, path: created.path, fingerprint: created.fingerprint }));
    });
}
