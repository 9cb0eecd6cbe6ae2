import type { Database } from "./client";

/**
 * A statement that `build` creates and prepares by name (drizzle's `.prepare(name)`, with `sql.placeholder` for every
 * value), built once per database handle: drizzle stops rebuilding its SQL text on every call, and PostgreSQL parses
 * and plans it once per connection. For reads that run on most requests.
 */
export function preparedStatement<Q>(build: (db: Database) => Q): (db: Database) => Q {
  const byDb = new WeakMap<Database, Q>();
  return (db) => {
    let q = byDb.get(db);
    if (!q) byDb.set(db, (q = build(db)));
    return q;
  };
}
