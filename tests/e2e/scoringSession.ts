/**
 * Prepares a session file for the scoring specs and the benchmark through the real CLI (`comitia … --json`), as the
 * secretariat's scripts would: a separate process writing the file the web shell holds open (WAL allows it).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dossier, Grid, Member } from '../../common/domain/types.ts';
import { mulberry32 } from '../../common/seededRandom.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Runs `comitia ARGS`; throws with the CLI's own message when it fails. */
export function comitia(...args: string[]): string {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'comitia.js'), ...args], { encoding: 'utf8', cwd: repoRoot });
  if (r.status !== 0) throw new Error(`comitia ${args.join(' ')} → ${r.status}\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

export interface SessionFacts {
  dossiers: Dossier[];
  members: Member[];
  grid: Grid;
}

export function sessionFacts(sessionPath: string): SessionFacts {
  return {
    dossiers: JSON.parse(comitia('dossiers', sessionPath, '--json')) as Dossier[],
    members: JSON.parse(comitia('members', sessionPath, '--json')) as Member[],
    grid: JSON.parse(comitia('grid', sessionPath, '--json')) as Grid,
  };
}


export interface FillOptions {
  seed?: number;
  /** Scoring members whose sheet is left empty. */
  skipMembers?: string[];
}

/**
 * Scores every dossier on every criterion for every scoring member (observers excluded), with a dossier quality, a
 * member severity and some noise so that rankings, spreads and agreement look like a real committee's. Imported in
 * one `comitia scores import`.
 */
export function fillScores(sessionPath: string, dir: string, options: FillOptions = {}): { imported: number; facts: SessionFacts } {
  const facts = sessionFacts(sessionPath);
  // Seeded: the same seed gives the same scores, run after run.
  const rnd = mulberry32(options.seed ?? 2022);
  const { scale } = facts.grid;
  const scorers = facts.members.filter((m) => m.role !== 'observer' && !(options.skipMembers ?? []).includes(m.id));
  const quality = facts.dossiers.map(() => scale.min + rnd() * (scale.max - scale.min));
  const severity = scorers.map(() => (rnd() - 0.5) * 0.8);
  const lines = ['member,dossier,criterion,score'];
  scorers.forEach((m, mi) => {
    facts.dossiers.forEach((d, di) => {
      for (const c of facts.grid.criteria) {
        const s = c.scale ?? scale;
        const raw = quality[di]! + severity[mi]! + (rnd() - 0.5) * 1.6;
        const stepped = s.min + Math.round((raw - s.min) / s.step) * s.step;
        lines.push(`${m.id},${d.id},${c.id},${Math.min(s.max, Math.max(s.min, stepped))}`);
      }
    });
  });
  const file = join(dir, `scores-${options.seed ?? 2022}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  const report = JSON.parse(comitia('scores', 'import', sessionPath, file, '--json')) as { imported: number };
  return { imported: report.imported, facts };
}
