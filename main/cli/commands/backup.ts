/**
 * `comitia backup list|create|restore SESSION …`: the session's checked copies (main/backup), through the api like
 * every command. A restore copies the current state aside first, so it can be undone with another restore.
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerBackupCommand(program: CliCommand, cli: CliRuntime): void {
  const backup = program.command('backup').description(cli.say('cli.cmd_backup'));
  backup
    .command('list')
    .description(cli.say('cli.cmd_backup_list'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const copies = await cli.call('backupsList', {});
      if (options.json) return cli.json(copies);
      if (copies.length === 0) return cli.out(cli.say('cli.backup_none'));
      for (const c of copies) cli.out(cli.say('cli.backup_line', { name: c.fileName, reason: c.reason, size: c.size }));
    });
  backup
    .command('create')
    .description(cli.say('cli.cmd_backup_create'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { json?: boolean }) => {
      await cli.open(path);
      const copy = await cli.call('backupCreate', {});
      if (options.json) cli.json(copy);
      else cli.out(cli.say('cli.backup_taken', { name: copy.fileName }));
    });
  backup
    .command('restore')
    .description(cli.say('cli.cmd_backup_restore'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .argument('<NAME>', cli.say('cli.arg_backup_name'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, name: string, options: { json?: boolean }) => {
      await cli.open(path);
      const info = await cli.call('backupRestore', { fileName: name }, { names: { fileName: 'NAME' } });
      if (options.json) cli.json(info);
      else cli.out(cli.say('cli.backup_restored', { name }));
    });
}
