/** `new`, `demo` and `info`: the commands of the session file itself. */
import { existsSync } from 'node:fs';
import { AppError } from '../../common/result.ts';
import { CurrentSession } from '../session/currentSession.ts';
import { populateDemoSession } from '../demo/demoSession.ts';
import { parseArgs, type Command } from './command.ts';

function requireComitiaPath(path: string): void {
  if (!path.endsWith('.comitia')) throw new AppError('bad_path', `« ${path} » : le fichier de session doit se terminer par .comitia.`);
}

export const newCommand: Command = {
  name: 'new',
  usage: 'new FILE',
  summary: 'crée un fichier de session vide',
  async run(args, io) {
    const { positionals } = parseArgs(args, { positionals: 1 });
    const path = positionals[0]!;
    requireComitiaPath(path);
    const session = new CurrentSession();
    const info = await session.create(path);
    session.close();
    io.out(`Session créée : ${info.path}`);
    return 0;
  },
};

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo FILE',
  summary: 'crée une session de démonstration « Territoires Volontaires 2022 »',
  async run(args, io) {
    const { positionals } = parseArgs(args, { positionals: 1 });
    const path = positionals[0]!;
    requireComitiaPath(path);
    const session = new CurrentSession();
    await session.create(path);
    populateDemoSession(session.db());
    const info = session.info()!;
    session.close();
    io.out(`Session de démonstration créée : ${info.path} (${info.dossiers} dossiers, ${info.members} membres, ${info.criteria} critères)`);
    return 0;
  },
};

export const infoCommand: Command = {
  name: 'info',
  usage: 'info FILE [--json]',
  summary: 'résume un fichier de session',
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { positionals: 1, booleans: ['json'] });
    const path = positionals[0]!;
    if (!existsSync(path)) throw new AppError('not_found', `Le fichier de session « ${path} » n'existe pas.`);
    // Opening migrates an older file (after a backup), exactly as the application would.
    const session = new CurrentSession();
    const info = await session.open(path);
    session.close();
    if (flags.has('json')) {
      io.out(JSON.stringify(info));
    } else {
      io.out(`${info.title} (${info.path})\nschéma ${info.schemaVersion} · ${info.dossiers} dossiers · ${info.members} membres · ${info.criteria} critères`);
    }
    return 0;
  },
};
