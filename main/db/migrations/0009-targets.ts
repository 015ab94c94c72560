import { territoiresVolontairesTargets } from '../../../common/deliberation/targets.ts';
import type { Migration } from './migration.ts';

/**
 * The programme's targets as data of the session (issue 9, « The programme's targets, live »): one row per target,
 * its definition the core's `Target` as JSON (common/deliberation/targets.ts), kept in the secretariat's order.
 * A session that has none yet (every session before this version, and every new one) starts with the Territoires
 * Volontaires defaults; afterwards the list is the secretariat's, even when emptied.
 * Version 9: 0005–0008 belong to other branches; the lead renumbers at merge.
 */
export const targets: Migration = {
  version: 9,
  name: 'targets',
  up(db) {
    db.exec(`
      CREATE TABLE targets (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL UNIQUE,
        definition TEXT NOT NULL CHECK (json_valid(definition))
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO targets (id, position, definition) VALUES (?, ?, ?)');
    territoiresVolontairesTargets().forEach((t, position) => insert.run(t.id, position, JSON.stringify(t)));
  },
};
