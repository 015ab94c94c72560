/**
 * `comitia notes SESSION [--dossier ID] [--json]`: the deliberation notes (with their history) and, under `--as
 * MEMBER`, that member's own reading notes; JSON `{"notes": […], "readingNotes": […]}`.
 */
import type { CliRuntime } from '../context.ts';
import type { CliCommand } from '../program.ts';

export function registerNotesCommand(program: CliCommand, cli: CliRuntime): void {
  program
    .command('notes')
    .description(cli.say('cli.cmd_notes'))
    .argument('<SESSION>', cli.say('cli.arg_session'))
    .option('--dossier <ID>', cli.say('cli.opt_notes_dossier'))
    .option('--json', cli.say('cli.opt_json'))
    .action(async (path: string, options: { dossier?: string; json?: boolean }) => {
      await cli.open(path);
      const dossier = options.dossier;
      const notes = await cli.call('notesList', { dossier });
      const readingNotes = await cli.call('readingNotesGet', { viewer: cli.viewer, dossier });
      if (options.json) return cli.json({ notes, readingNotes });
      for (const n of notes) {
        const edited = n.history.length ? ` ${cli.say('cli.note_edited', { count: n.history.length })}` : '';
        cli.out(`${n.dossier.padEnd(12)} ${n.updatedAt.slice(0, 16)} ${n.author}${edited}\n  ${n.text.replace(/\n/g, '\n  ')}`);
      }
      for (const n of readingNotes) cli.out(`${n.dossier.padEnd(12)} ${cli.say('cli.reading_note')}\n  ${n.text.replace(/\n/g, '\n  ')}`);
    });
}
