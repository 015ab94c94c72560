/**
 * A session file is untrusted input (it arrives by mail or on a USB key): before any query touches its tables, its
 * schema must be exactly the one Comitia's migrations build at its version. A crafted trigger could rewrite a score
 * behind the audit log's back, a view named like a table could hang every read, a trigger calling `load_extension`
 * could break every write; any table, index, trigger or view that the migrations do not create, or whose SQL differs,
 * is refused. https://sqlite.org/schematab.html, https://sqlite.org/pragma.html#pragma_trusted_schema
 */
import Database from 'better-sqlite3';
import type { Migration } from './migrations/migration.ts';

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

type Db = Database.Database;

/** SQLite's own objects (autoindexes, sqlite_sequence, sqlite_stat*) follow from ours and are not compared. */
const OWN_OBJECTS = "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name";

const expectedByVersion = new WeakMap<readonly Migration[], Map<number, Map<string, SchemaObject>>>();

const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`;

function readObjects(db: Db): Map<string, SchemaObject> {
  return new Map((db.prepare(OWN_OBJECTS).all() as SchemaObject[]).map((o) => [key(o), o]));
}

/** The schema the migrations build at `version`, made once per process in an in-memory database. */
function expectedSchema(migrations: readonly Migration[], version: number): Map<string, SchemaObject> {
  let cache = expectedByVersion.get(migrations);
  if (!cache) {
    cache = new Map();
    expectedByVersion.set(migrations, cache);
  }
  let objects = cache.get(version);
  if (!objects) {
    const memory = new Database(':memory:');
    try {
      for (const m of migrations) if (m.version <= version) m.up(memory);
      objects = readObjects(memory);
    } finally {
      memory.close();
    }
    cache.set(version, objects);
  }
  return objects;
}

export interface SchemaDifference {
  /** Objects in the file that the migrations do not make (or make with other SQL): `trigger t_evil`. */
  unexpected: string[];
  /** Objects the migrations make that the file lacks. */
  missing: string[];
}

/** Compares the file's schema with the one expected at its version; null when they are the same. */
export function schemaDifference(db: Db, migrations: readonly Migration[], version: number): SchemaDifference | null {
  const expected = expectedSchema(migrations, version);
  const actual = readObjects(db);
  const unexpected: string[] = [];
  const missing: string[] = [];
  for (const [k, o] of actual) {
    const e = expected.get(k);
    if (!e || e.sql !== o.sql || e.tbl_name !== o.tbl_name) unexpected.push(`${o.type} ${o.name}`);
  }
  for (const [k, e] of expected) if (!actual.has(k)) missing.push(`${e.type} ${e.name}`);
  // What runs code (triggers, views) first: the message may list only the first few.
  const rank = (s: string) => ['trigger', 'view', 'table', 'index'].indexOf(s.split(' ')[0]!);
  unexpected.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return unexpected.length || missing.length ? { unexpected, missing } : null;
}
