import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DbHandle } from "./client";

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.XIANGJI_MIGRATIONS_DIR ?? "db/migrations");

/** Apply the generated migrations in db/migrations (idempotent). */
export async function runMigrations(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase<Record<string, unknown>>, config);
  } else {
    await migratePg(handle.db, config);
  }
}
