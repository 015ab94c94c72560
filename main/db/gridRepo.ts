import type { Db } from './connection.ts';
import type { Criterion, EligibilityCheck, Grid, Scale } from '../../common/domain/types.ts';

interface CriterionRow {
  id: string;
  section: string | null;
  label: string;
  description: string | null;
  weight: number;
  scale_min: number | null;
  scale_max: number | null;
  scale_step: number | null;
  levels: string;
}

export const DEFAULT_SCALE: Scale = { min: 0, max: 3, step: 1 };

export function readGrid(db: Db): Grid {
  const g = db.prepare('SELECT scale_min, scale_max, scale_step, tie_break FROM grid WHERE id = 1').get() as
    | { scale_min: number; scale_max: number; scale_step: number; tie_break: string }
    | undefined;
  const criteria = (db.prepare('SELECT * FROM criteria ORDER BY position, id').all() as CriterionRow[]).map(
    (r): Criterion => ({
      id: r.id,
      section: r.section,
      label: r.label,
      description: r.description,
      weight: r.weight,
      scale:
        r.scale_min === null || r.scale_max === null || r.scale_step === null
          ? null
          : { min: r.scale_min, max: r.scale_max, step: r.scale_step },
      levels: JSON.parse(r.levels) as Record<string, string>,
    }),
  );
  const eligibility = db
    .prepare('SELECT id, label, description FROM eligibility_checks ORDER BY position, id')
    .all() as EligibilityCheck[];
  return {
    scale: g ? { min: g.scale_min, max: g.scale_max, step: g.scale_step } : DEFAULT_SCALE,
    criteria,
    eligibility,
    tieBreak: g ? (JSON.parse(g.tie_break) as string[]) : [],
  };
}

/** Replaces the whole grid (scale, criteria, eligibility checks, tie-break rules). */
export function writeGrid(db: Db, grid: Grid): void {
  db.prepare(
    `INSERT INTO grid (id, scale_min, scale_max, scale_step, tie_break) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET scale_min = excluded.scale_min, scale_max = excluded.scale_max,
       scale_step = excluded.scale_step, tie_break = excluded.tie_break`,
  ).run(grid.scale.min, grid.scale.max, grid.scale.step, JSON.stringify(grid.tieBreak));
  db.prepare('DELETE FROM criteria').run();
  db.prepare('DELETE FROM eligibility_checks').run();
  const insertCriterion = db.prepare(
    `INSERT INTO criteria (id, section, label, description, weight, scale_min, scale_max, scale_step, levels, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  grid.criteria.forEach((c, i) =>
    insertCriterion.run(
      c.id,
      c.section,
      c.label,
      c.description,
      c.weight,
      c.scale?.min ?? null,
      c.scale?.max ?? null,
      c.scale?.step ?? null,
      JSON.stringify(c.levels),
      i,
    ),
  );
  const insertCheck = db.prepare('INSERT INTO eligibility_checks (id, label, description, position) VALUES (?, ?, ?, ?)');
  grid.eligibility.forEach((e, i) => insertCheck.run(e.id, e.label, e.description, i));
}
