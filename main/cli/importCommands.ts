/**
 * `import` and `dossiers`: bringing a démarches-simplifiées export (or a hand-made sheet) into a session, and
 * listing what the session holds. Names, options and JSON fields are issue #3's contract, used by scripts.
 */
import { messageText } from '../../common/i18n/translateMessage.ts';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../common/result.ts';
import { LAYOUT_LABELS_FR } from '../../common/import/dsLayout.ts';
import type { ColumnMapping } from '../../common/import/fields.ts';
import type { ImportReport } from '../../common/import/types.ts';
import type { Db } from '../db/connection.ts';
import { listDossiers } from '../db/dossierRepo.ts';
import { getMapping, listMappings } from '../db/importRepo.ts';
import { parseMapping } from '../import/columnMapping.ts';
import { runImport } from '../import/runImport.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { parseArgs, type CliIo, type Command } from './command.ts';

interface MappingChoice {
  mapping: ColumnMapping;
  /** The saved mapping used, or the name a mapping file is saved under. */
  name: string;
  fromFile: boolean;
}

/** `--mapping` names a JSON file (saved in the session under its base name) or a mapping saved in the session. */
function chooseMapping(db: Db, arg: string): MappingChoice {
  const looksLikeFile = extname(arg).toLowerCase() === '.json' || existsSync(arg);
  if (looksLikeFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(arg, 'utf8'));
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : `JSON invalide (${(error as Error).message})`;
      throw new AppError('bad_mapping', `Correspondance « ${arg} » : ${why}.`);
    }
    return { mapping: parseMapping(raw, `Correspondance « ${basename(arg)} »`), name: basename(arg, extname(arg)), fromFile: true };
  }
  const saved = getMapping(db, arg);
  if (!saved) {
    const names = listMappings(db).map((m) => `« ${m.name} »`);
    throw new AppError(
      'mapping_not_found',
      `Correspondance « ${arg} » introuvable : ce n'est ni un fichier .json, ni une correspondance enregistrée dans la session` +
        (names.length ? ` (enregistrées : ${names.join(', ')}).` : ' (aucune n\'est enregistrée).'),
    );
  }
  return { mapping: saved.mapping, name: saved.name, fromFile: false };
}

function removeSessionFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function printReport(io: CliIo, r: ImportReport): void {
  const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;
  io.out(
    `Import de « ${r.fileName} » (${LAYOUT_LABELS_FR[r.layout]}) : ${plural(r.imported, 'importé', 'importés')}, ` +
      `${plural(r.updated, 'mis à jour', 'mis à jour')}, ${plural(r.unchanged, 'inchangé', 'inchangés')}, ` +
      `${plural(r.skipped, 'ignoré', 'ignorés')} (brouillons), ${plural(r.rejected.length, 'rejeté', 'rejetés')}, ` +
      `${plural(r.warnings.length, 'avertissement', 'avertissements')}. La session compte ${plural(r.dossiers, 'dossier', 'dossiers')}.`,
  );
  for (const x of r.rejected) io.out(`  rejeté : ligne ${x.row}, colonne « ${x.column} » : ${messageText(x)}`);
  for (const w of r.warnings.slice(0, 50)) io.out(`  avertissement : ligne ${w.row}, colonne « ${w.column} » : ${messageText(w)}`);
  if (r.warnings.length > 50) io.out(`  … et ${r.warnings.length - 50} autres avertissements`);
  if (r.changedAfterScoring.length) io.out(`  modifiés après le début de la notation : ${r.changedAfterScoring.join(', ')}`);
  if (r.attachments) {
    const a = r.attachments;
    io.out(`Pièces jointes de « ${a.fileName} » : ${a.added} ajoutées, ${a.unchanged} inchangées, ${a.dossierPdfs} dossiers PDF, ${a.ignored.length} ignorées.`);
    for (const e of a.platformErrors) io.out(`  non fournie par démarches-simplifiées : ${e}`);
  }
  for (const n of r.notes) io.out(`  remarque : ${n}`);
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import SESSION SOURCE [--attachments ZIP] [--mapping NAME|FILE.json] [--json]',
  summary: 'importe un export démarches-simplifiées (XLSX, CSV) ou un tableau',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 2, values: ['attachments', 'mapping'], booleans: ['json'] });
    const [path, source] = positionals as [string, string];
    if (!path.endsWith('.comitia')) throw new AppError('bad_path', `« ${path} » : le fichier de session doit se terminer par .comitia.`);
    const existed = existsSync(path);
    const session = new CurrentSession();
    let report: ImportReport;
    try {
      if (existed) await session.open(path);
      else await session.create(path);
      const db = session.db();
      const mappingArg = flags.get('mapping');
      const choice = typeof mappingArg === 'string' ? chooseMapping(db, mappingArg) : null;
      const attachments = flags.get('attachments');
      report = await runImport(db, {
        source,
        attachments: typeof attachments === 'string' ? attachments : null,
        mapping: choice?.mapping ?? null,
        mappingName: choice && !choice.fromFile ? choice.name : null,
        saveMappingAs: choice?.fromFile ? choice.name : null,
        actor: 'cli',
      });
      session.close();
    } catch (error) {
      session.close();
      // A session the command itself created for an import that did not happen is not left behind.
      if (!existed) removeSessionFiles(path);
      throw error;
    }
    if (flags.has('json')) {
      io.out(
        JSON.stringify({
          imported: report.imported,
          updated: report.updated,
          unchanged: report.unchanged,
          skipped: report.skipped,
          rejected: report.rejected.map((x) => ({ row: x.row, column: x.column, reason: messageText(x), code: x.code, params: x.params ?? {} })),
          warnings: report.warnings.length,
          dossiers: report.dossiers,
        }),
      );
    } else {
      printReport(io, report);
    }
    return 0;
  },
};

export const dossiersCommand: Command = {
  name: 'dossiers',
  usage: 'dossiers SESSION [--json]',
  summary: 'liste les dossiers de la session',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 1, booleans: ['json'] });
    const path = positionals[0]!;
    if (!existsSync(path)) throw new AppError('not_found', `Le fichier de session « ${path} » n'existe pas.`);
    const session = new CurrentSession();
    await session.open(path);
    const dossiers = listDossiers(session.db());
    session.close();
    if (flags.has('json')) {
      io.out(JSON.stringify(dossiers));
      return 0;
    }
    for (const d of dossiers) {
      const warn = d.warnings.length ? ` · ${d.warnings.length} avertissement${d.warnings.length > 1 ? 's' : ''}` : '';
      io.out(`${d.id}\t${d.name}\t${d.echelon}\t${d.state}${warn}`);
    }
    io.out(`${dossiers.length} dossier${dossiers.length > 1 ? 's' : ''}`);
    return 0;
  },
};

export const importCommands: readonly Command[] = [importCommand, dossiersCommand];
