/**
 * `comitia import SESSION SOURCE [--attachments ZIP] [--mapping NAME|FILE.json] [--json]`: a démarches-simplifiées
 * export or a hand-made sheet into the session, through importRun. SESSION is created if it does not exist, and
 * removed again if nothing was imported. Names, options and JSON fields are issue #3's contract with scripts.
 */
import { existsSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { MethodInput } from '../../../common/api/contract.ts';
import { messageText } from '../../../common/i18n/translateMessage.ts';
import type { ImportReport } from '../../../common/import/types.ts';
import type { CliRuntime } from '../context.ts';
import type { ArgumentOrigin } from '../failures.ts';
import { fromFile, readJsonFile } from '../files.ts';
import type { CliCommand } from '../program.ts';

interface ImportOptions {
  attachments?: string;
  mapping?: string;
  json?: boolean;
}

/**
 * `--mapping` names a JSON file (saved in the session under its base name) or a mapping saved in the session: a
 * `.json` name or an existing file is a file. The mapping's rules are the core's (importRun checks it).
 */
function mappingArgument(arg: string | undefined): { fields: Partial<MethodInput<'importRun'>>; origin?: ArgumentOrigin } {
  if (arg === undefined) return { fields: {} };
  if (extname(arg).toLowerCase() === '.json' || existsSync(arg)) {
    return { fields: { mapping: readJsonFile(arg), saveMappingAs: basename(arg, extname(arg)) }, origin: fromFile(arg, 'mapping') };
  }
  return { fields: { mappingName: arg } };
}

function removeSessionFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function printReport(cli: CliRuntime, r: ImportReport): void {
  const { say } = cli;
  cli.out(
    say('cli.import_summary', {
      file: r.fileName,
      layout: say(`cli.layout_${r.layout}`),
      imported: say('cli.count_imported', { count: r.imported }),
      updated: say('cli.count_updated', { count: r.updated }),
      unchanged: say('cli.count_unchanged', { count: r.unchanged }),
      skipped: say('cli.count_skipped', { count: r.skipped }),
      rejected: say('cli.count_rejected', { count: r.rejected.length }),
      warnings: say('cli.count_warnings', { count: r.warnings.length }),
      dossiers: say('cli.count_dossiers', { count: r.dossiers }),
    }),
  );
  for (const x of r.rejected) cli.out(say('cli.import_rejected', { row: x.row, column: x.column, reason: messageText(x, cli.language) }));
  for (const w of r.warnings.slice(0, 50)) cli.out(say('cli.import_warning', { row: w.row, column: w.column, reason: messageText(w, cli.language) }));
  if (r.warnings.length > 50) cli.out(say('cli.import_more_warnings', { count: r.warnings.length - 50 }));
  if (r.changedAfterScoring.length) cli.out(say('cli.import_changed_after_scoring', { ids: r.changedAfterScoring.join(', ') }));
  if (r.attachments) {
    const a = r.attachments;
    cli.out(say('cli.import_attachments', { file: a.fileName, added: a.added, unchanged: a.unchanged, pdfs: a.dossierPdfs, ignored: a.ignored.length }));
    for (const error of a.platformErrors) cli.out(say('cli.import_platform_error', { error }));
  }
  for (const note of r.notes) cli.out(say('cli.import_note', { note: messageText(note, cli.language) }));
}

export function registerImportCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('import')
    .description(cli.say('cli.cmd_import'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .argument('<SOURCE>', cli.say('cli.arg_import_source'))
    .option('--attachments <ZIP>', cli.say('cli.opt_attachments'))
    .option('--mapping <NAME|FILE.json>', cli.say('cli.opt_mapping'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, source: string, options: ImportOptions) => {
      const existed = existsSync(path);
      let report: ImportReport;
      try {
        if (existed) await cli.open(path);
        else await cli.create(path);
        const mapping = mappingArgument(options.mapping);
        report = await cli.call(
          'importRun',
          { source, attachments: options.attachments ?? null, ...mapping.fields },
          { ...mapping.origin, names: { source: 'SOURCE', attachments: '--attachments' } },
        );
      } catch (error) {
        // A session the command itself created for an import that did not happen is not left behind.
        if (!existed) {
          cli.closeSession();
          removeSessionFiles(path);
        }
        throw error;
      }
      if (!options.json) return printReport(cli, report);
      cli.json({
        imported: report.imported,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped,
        rejected: report.rejected.map((x) => ({ row: x.row, column: x.column, reason: messageText(x, cli.language), code: x.code, params: x.params ?? {} })),
        warnings: report.warnings.length,
        dossiers: report.dossiers,
      });
    });
}
