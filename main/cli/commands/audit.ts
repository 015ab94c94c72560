/**
 * `comitia audit verify SESSION [--json]`: checks the hash chain of the audit log, `{"entries", "intact",
 * "firstBroken"}`; `comitia audit list SESSION [filters] [--json]`: the entries, filtered and paged.
 */
import type { CliRuntime } from '../context.ts';
import { EXIT_USER_ERROR, UsageError } from '../failures.ts';
import type { CliCommand } from '../program.ts';

function count(cli: CliRuntime, option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(cli.say('cli.choice_expected', { option, choices: cli.say('cli.meeting_id'), value }), cli.action);
  return n;
}

export function registerAuditCommand(program: CliCommand, cli: CliRuntime): void {
  const audit = program.command('audit').description(cli.say('cli.cmd_audit'));
  audit
    .command('verify')
    .description(cli.say('cli.cmd_audit_verify'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--minutes <FILE.pdf>', cli.say('cli.opt_audit_minutes'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean; minutes?: string }) => {
      await cli.open(path);
      const v = await cli.call('auditVerify', options.minutes ? { minutes: options.minutes } : {}, { names: { minutes: '--minutes' } });
      if (options.json) cli.json(v);
      else {
        cli.out(v.intact ? cli.say('cli.audit_intact', { count: v.entries }) : cli.say('cli.audit_broken', { count: v.entries, seq: v.firstBroken ?? 0 }));
        if (v.minutes) cli.out(v.minutes.reached ? cli.say('cli.audit_reaches_minutes') : cli.say('cli.audit_misses_minutes'));
      }
      // A broken chain, or one that no longer reaches the signed minutes, is a finding the script must not miss.
      if (!v.intact || (v.minutes && !v.minutes.reached)) cli.exitCode = EXIT_USER_ERROR;
    });
  audit
    .command('list')
    .description(cli.say('cli.cmd_audit_list'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--action <PREFIX>', cli.say('cli.opt_audit_action'))
    .option('--actor <ACTOR>', cli.say('cli.opt_audit_actor'))
    .option('--dossier <ID>', cli.say('cli.opt_audit_dossier'))
    .option('--from <DATE>', cli.say('cli.opt_audit_from'))
    .option('--to <DATE>', cli.say('cli.opt_audit_to'))
    .option('--offset <N>', cli.say('cli.opt_audit_offset'))
    .option('--limit <N>', cli.say('cli.opt_audit_limit'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, o: { action?: string; actor?: string; dossier?: string; from?: string; to?: string; offset?: string; limit?: string; json?: boolean }) => {
      const offset = count(cli, '--offset', o.offset);
      const limit = count(cli, '--limit', o.limit);
      await cli.open(path);
      const page = await cli.call('auditList', { actionPrefix: o.action, actor: o.actor, dossier: o.dossier, from: o.from, to: o.to, offset, limit });
      if (o.json) return cli.json(page);
      for (const e of page.entries) cli.out(`${String(e.seq).padStart(5)} ${e.at.slice(0, 19)} ${(e.actor ?? '—').padEnd(16)} ${e.action}`);
      cli.out(cli.say('cli.audit_page', { shown: page.entries.length, total: page.total }));
    });
}
