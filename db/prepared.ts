import type { Database } from "./client";

/**
 * A statement built once per database handle and prepared under `name` (drizzle's `.prepare(name)`): drizzle stops
 * rebuilding its SQL text on every call, and PostgreSQL parses and plans it once per connection. For reads that run
 * on most requests; `build` must end in `.prepare(name)` with `sql.placeholder` for every value.
 */
export function preparedStatement<Q>(build: (db: Database) => Q): (db: Database) => Q {
  const byDb = new WeakMap<Database, Q>();
  return (db) => {
    let q = byDb.get(db);
    if (!q) byDb.set(db, (q = build(db)));
    return q;
  };
}
