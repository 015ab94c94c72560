/**
 * The scoring commands: grid, committee, conflicts, eligibility, scores import, ranking and agreement. Names and JSON
 * formats are a contract with the secretariat's scripts (issue #4): keep them.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import {
  conflictsFileSchema,
  eligibilityFileSchema,
  membersFileSchema,
  scoringSettingsPatchSchema,
} from '../../common/scoring/schemas.ts';
import { errorText, messageText } from '../../common/i18n/translateMessage.ts';
import { AppError } from '../../common/result.ts';
import type { Db } from '../db/connection.ts';
import { readGrid } from '../db/gridRepo.ts';
import { listMembers } from '../db/memberRepo.ts';
import { parseGridText } from '../grid/gridTemplate.ts';
import { setMembers } from '../scoring/committee.ts';
import { replaceConflicts } from '../scoring/conflicts.ts';
import { listConflicts } from '../db/conflictsRepo.ts';
import { setEligibility } from '../scoring/eligibility.ts';
import { listEligibilityResults } from '../db/eligibilityRepo.ts';
import { setGrid } from '../scoring/gridEditing.ts';
import { parseWith, readJsonFile } from '../scoring/parseFile.ts';
import { SECRETARIAT } from '../scoring/scoreEntry.ts';
import { importScoresCsv } from '../scoring/scoresImport.ts';
import { updateScoringSettings } from '../scoring/scoringSettings.ts';
import { readScoringSettings } from '../db/scoringSettingsRepo.ts';
import { agreementView, rankingView } from '../scoring/views.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { EXIT_USER_ERROR, parseArgs, UsageError, type CliIo, type Command } from './command.ts';

/** Opens the session file (migrating it, after a backup, as the application would), runs `fn`, closes it. */
async function withSession<T>(path: string, fn: (db: Db) => T): Promise<T> {
  const session = new CurrentSession();
  await session.open(path);
  try {
    return fn(session.db());
  } finally {
    session.close();
  }
}

const json = (io: CliIo, value: unknown) => io.out(JSON.stringify(value));

/** `--json` prints, `--set FILE` replaces; exactly one of them (or none, for a readable listing). */
function listOrSet(args: string[], extraBooleans: string[] = []) {
  const { positionals, flags } = parseArgs(args, { positionals: 1, booleans: ['json', ...extraBooleans], values: ['set'] });
  const set = flags.get('set');
  return { path: positionals[0]!, set: typeof set === 'string' ? set : null, flags };
}

function readFileAs<S extends z.ZodType>(schema: S, file: string, what: string): z.output<S> {
  return parseWith(schema, readJsonFile(file), `${what} « ${file} »`);
}

export const gridCommand: Command = {
  name: 'grid',
  usage: 'grid SESSION [--json] [--set FILE.json [--confirm]]',
  summary: 'affiche ou remplace la grille de notation',
  async run(args, io) {
    const { path, set, flags } = listOrSet(args, ['confirm']);
    if (flags.has('confirm') && !set) throw new UsageError('--confirm ne va qu’avec --set');
    return withSession(path, (db) => {
      if (set) {
        let content: string;
        try {
          content = readFileSync(set, 'utf8');
        } catch (cause) {
          throw new AppError('not_found', `Fichier « ${set} » illisible (${(cause as NodeJS.ErrnoException).code ?? ''}).`);
        }
        let change;
        try {
          change = setGrid(db, parseGridText(content, set), { confirm: flags.has('confirm'), actor: SECRETARIAT });
        } catch (error) {
          // Transitional (the CLI rewrite words it from its catalogue): the core no longer names the CLI's option.
          if (!(error instanceof AppError) || error.code !== 'grid.confirm_required') throw error;
          const text = `${errorText(error.toShape())} Relancez avec --confirm.`;
          if (flags.has('json')) json(io, { error: text });
          io.err(`comitia grid : ${text}`);
          return EXIT_USER_ERROR;
        }
        if (flags.has('json')) json(io, change.grid);
        else if (!change.changed) io.out('Grille inchangée.');
        else {
          const removed = change.removedScores ? ` (${change.removedScores} notes de critères retirés supprimées)` : '';
          io.out(`Grille enregistrée : ${change.grid.criteria.length} critères, ${change.grid.eligibility.length} critères d'éligibilité${removed}.`);
        }
        return 0;
      }
      const grid = readGrid(db);
      if (flags.has('json')) json(io, grid);
      else {
        io.out(`Échelle : de ${grid.scale.min} à ${grid.scale.max}, pas de ${grid.scale.step}`);
        for (const c of grid.criteria) io.out(`  ${c.id.padEnd(24)} poids ${String(c.weight).padEnd(4)} ${c.label}`);
        for (const e of grid.eligibility) io.out(`  [éligibilité] ${e.id.padEnd(24)} ${e.label}`);
        io.out(`Départage : ${grid.tieBreak.join(', ') || '(aucune règle)'}`);
      }
      return 0;
    });
  },
};

export const membersCommand: Command = {
  name: 'members',
  usage: 'members SESSION [--json] [--set FILE.json]',
  summary: 'affiche ou remplace le comité',
  async run(args, io) {
    const { path, set, flags } = listOrSet(args);
    return withSession(path, (db) => {
      const members = set ? setMembers(db, readFileAs(membersFileSchema, set, 'Comité'), SECRETARIAT) : listMembers(db);
      if (flags.has('json')) json(io, members);
      else if (set) io.out(`Comité enregistré : ${members.length} membres.`);
      else for (const m of members) io.out(`${m.id.padEnd(24)} ${m.role.padEnd(10)} ${m.name} (${m.institution})`);
      return 0;
    });
  },
};

export const conflictsCommand: Command = {
  name: 'conflicts',
  usage: 'conflicts SESSION [--json] [--set FILE.json]',
  summary: "affiche ou remplace le registre des conflits d'intérêts",
  async run(args, io) {
    const { path, set, flags } = listOrSet(args);
    return withSession(path, (db) => {
      if (set) {
        const change = replaceConflicts(db, readFileAs(conflictsFileSchema, set, 'Registre des conflits'), SECRETARIAT);
        if (flags.has('json')) json(io, change.conflicts);
        else io.out(`Registre enregistré : ${change.conflicts.length} conflits (${change.added} ajoutés, ${change.removed} retirés, ${change.changed} modifiés).`);
        return 0;
      }
      const conflicts = listConflicts(db);
      if (flags.has('json')) json(io, conflicts);
      else for (const c of conflicts) io.out(`${c.dossier.padEnd(12)} ${c.member.padEnd(24)} ${c.declaredAt.slice(0, 10)}  ${c.reason}`);
      return 0;
    });
  },
};

export const eligibilityCommand: Command = {
  name: 'eligibility',
  usage: 'eligibility SESSION [--json] [--set FILE.json]',
  summary: "affiche ou enregistre les résultats d'éligibilité",
  async run(args, io) {
    const { path, set, flags } = listOrSet(args);
    return withSession(path, (db) => {
      if (set) setEligibility(db, readFileAs(eligibilityFileSchema, set, "Résultats d'éligibilité"), SECRETARIAT);
      const results = listEligibilityResults(db);
      if (flags.has('json')) json(io, results);
      else for (const r of results) io.out(`${r.dossier.padEnd(12)} ${r.check.padEnd(24)} ${r.passed ? 'satisfait' : 'NON satisfait'}${r.note ? `  ${r.note}` : ''}`);
      return 0;
    });
  },
};

export const scoringSettingsCommand: Command = {
  name: 'scoring-settings',
  usage: 'scoring-settings SESSION [--json] [--rank-by normalized|raw] [--blind yes|no] [--divergence N]',
  summary: 'affiche ou modifie les réglages de notation de la session',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 1, booleans: ['json'], values: ['rank-by', 'blind', 'divergence'] });
    const blind = flags.get('blind');
    if (blind !== undefined && blind !== 'yes' && blind !== 'no') throw new UsageError('--blind attend yes ou no');
    const divergence = flags.get('divergence');
    const patch = parseWith(
      scoringSettingsPatchSchema,
      {
        rankBy: flags.get('rank-by'),
        blind: blind === undefined ? undefined : blind === 'yes',
        divergenceThreshold: divergence === undefined ? undefined : Number(String(divergence).replace(',', '.')),
      },
      'Réglages de notation',
    );
    return withSession(positionals[0]!, (db) => {
      const settings = Object.values(patch).some((v) => v !== undefined)
        ? updateScoringSettings(db, patch, SECRETARIAT)
        : readScoringSettings(db);
      if (flags.has('json')) json(io, settings);
      else io.out(`Classement : ${settings.rankBy === 'raw' ? 'brut' : 'normalisé'} · notation à l'aveugle : ${settings.blind ? 'oui' : 'non'} · seuil de divergence : ${settings.divergenceThreshold}`);
      return 0;
    });
  },
};

export const scoresCommand: Command = {
  name: 'scores',
  usage: 'scores import SESSION FILE.csv [--json]',
  summary: 'importe des notes (CSV member,dossier,criterion,score[,comment]) en une transaction',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 3, booleans: ['json'] });
    const [sub, path, file] = positionals as [string, string, string];
    if (sub !== 'import') throw new UsageError(`sous-commande inconnue « ${sub} » (attendu : import)`);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (cause) {
      throw new AppError('not_found', `Fichier « ${file} » illisible (${(cause as NodeJS.ErrnoException).code ?? ''}).`);
    }
    const result = await withSession(path, (db) => importScoresCsv(db, bytes, { source: file }));
    const { unchanged, ...reported } = result;
    // The core gives each rejection as a code; the scripts' JSON keeps its `message` in words (transitional wording here).
    const rejected = result.rejected.map(({ row, field, ...m }) => ({ row, field, message: messageText(m) }));
    if (flags.has('json')) json(io, { ...reported, rejected, unchanged });
    if (rejected.length) {
      const first = rejected[0]!;
      const more = rejected.length > 1 ? ` (et ${rejected.length - 1} autres lignes en erreur)` : '';
      const where = first.field
        ? messageText({ code: 'scoring.import_rejected_at', params: { row: first.row, column: first.field, problem: first.message } })
        : messageText({ code: 'scoring.import_rejected_row', params: { row: first.row, problem: first.message } });
      io.err(`comitia scores : fichier refusé, rien n'a été importé : ${where}${more}`);
      return EXIT_USER_ERROR;
    }
    if (!flags.has('json')) io.out(`Notes importées : ${result.imported} nouvelles, ${result.updated} modifiées, ${unchanged} inchangées.`);
    return 0;
  },
};

const fmt = (x: number | null) => (x === null ? '—' : String(Number(x.toFixed(3))));

export const rankCommand: Command = {
  name: 'rank',
  usage: 'rank SESSION [--json]',
  summary: 'classe les dossiers (valeurs brutes et normalisées, départage, divergences)',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 1, booleans: ['json'] });
    const r = await withSession(positionals[0]!, (db) => rankingView(db, null));
    if (flags.has('json')) {
      json(io, {
        rankBy: r.rankBy,
        ranking: r.ranking.map(({ dossier, rank, raw, normalized, median, spread, scorers, tied, divergent, decidedBy }) => ({
          dossier, rank, raw, normalized, median, spread, scorers, tied, divergent, decidedBy,
        })),
        ineligible: r.ineligible.map((x) => x.dossier),
        incomplete: r.incomplete,
        unscored: r.unscored,
      });
      return 0;
    }
    io.out(`Classement ${r.rankBy === 'raw' ? 'sur les valeurs brutes' : 'sur les valeurs normalisées'}`);
    for (const x of r.ranking) {
      const flagsText = [x.tied ? 'ex æquo : à départager par un vote' : '', x.divergent ? 'divergent' : '', x.decidedBy ? `départagé par ${x.decidedBy}` : '']
        .filter(Boolean)
        .join(', ');
      io.out(`${String(x.rank).padStart(3)}. ${x.dossier.padEnd(12)} brut ${fmt(x.raw)}  normalisé ${fmt(x.normalized)}  médiane ${fmt(x.median)}  écart ${fmt(x.spread)}  (${x.scorers} notes)${flagsText ? `  ${flagsText}` : ''}`);
    }
    if (r.ineligible.length) io.out(`Inéligibles : ${r.ineligible.map((x) => `${x.dossier} (${x.failed.join(', ')})`).join(' ; ')}`);
    if (r.unscored.length) io.out(`Sans grille complète : ${r.unscored.join(', ')}`);
    if (r.incomplete.length) io.out(`Grilles incomplètes : ${r.incomplete.length}`);
    return 0;
  },
};

export const agreementCommand: Command = {
  name: 'agreement',
  usage: 'agreement SESSION [--json]',
  summary: "accord entre membres : alpha de Krippendorff, ICC(2,1) et ICC(2,k)",
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 1, booleans: ['json'] });
    const a = await withSession(positionals[0]!, (db) => agreementView(db, null));
    if (flags.has('json')) {
      json(io, a);
      return 0;
    }
    const line = (name: string, s: typeof a.total) =>
      `${name.padEnd(24)} alpha ${fmt(s.alpha)}  ICC(2,1) ${fmt(s.icc21)}  ICC(2,k) ${fmt(s.icc2k)}  (${s.units} dossiers ; ICC : ${s.iccUnits} dossiers × ${s.iccRaters} membres)`;
    for (const c of a.criteria) io.out(line(c.criterion, c));
    io.out(line('total pondéré', a.total));
    return 0;
  },
};

export const scoringCommands: readonly Command[] = [
  gridCommand,
  membersCommand,
  conflictsCommand,
  eligibilityCommand,
  scoringSettingsCommand,
  scoresCommand,
  rankCommand,
  agreementCommand,
];
