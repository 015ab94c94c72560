/**
 * `comitia verify FILE.pdf [--json]`: every signature of the PDF, checked (issue 10's JSON shape); exit 0 when every
 * signature is intact and nothing follows the last, 1 otherwise. Trust is the user's trust store: the CLI's is
 * empty, so `trusted` is false (a self-issued certificate is never presented as trusted anyway).
 */
import { resolve } from 'node:path';
import type { CliRuntime } from '../context.ts';
import { EXIT_USER_ERROR } from '../failures.ts';
import type { CliCommand } from '../program.ts';

export function registerVerifyCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('verify')
    .description(cli.say('cli.cmd_verify'))
    .argument('<FILE.pdf>', cli.say('cli.arg_pdf'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (file: string, options: { json?: boolean }) => {
      const report = await cli.call('minutesVerify', { pdf: resolve(file) }, { names: { pdf: 'FILE.pdf' } });
      if (!report.valid) cli.exitCode = EXIT_USER_ERROR;
      if (options.json) {
        return cli.json({
          valid: report.valid,
          modifiedAfterLastSignature: report.modifiedAfterLastSignature,
          signatures: report.signatures.map((s) => ({
            signer: s.signer,
            role: s.role,
            signedAt: s.signedAt,
            intact: s.intact,
            coversWholeDocument: s.coversWholeDocument,
            selfIssued: s.selfIssued,
            trusted: s.trusted,
          })),
        });
      }
      report.signatures.forEach((s, i) =>
        cli.out(
          cli.say('cli.verify_signature', {
            n: i + 1,
            signer: s.signer,
            role: s.role ?? '—',
            signedAt: s.signedAt ?? '—',
            integrity: cli.say(s.intact ? 'cli.verify_intact' : 'cli.verify_broken'),
            coverage: cli.say(s.coversWholeDocument ? 'cli.verify_whole' : 'cli.verify_partial'),
            trust: cli.say(s.selfIssued ? 'cli.verify_self_issued' : s.trusted ? 'cli.verify_trusted' : 'cli.verify_untrusted'),
          }),
        ),
      );
      if (report.modifiedAfterLastSignature) cli.out(cli.say('cli.verify_appended'));
      cli.out(cli.say(report.valid ? 'cli.verify_valid' : 'cli.verify_invalid'));
    });
}
