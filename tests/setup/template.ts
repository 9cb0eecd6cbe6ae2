/**
 * Test databases: one migrated template per run, then a fresh copy per test file.
 * PGlite: the template's data directory is dumped once and loaded per file (no re-migration).
 * PostgreSQL (DATABASE_URL): CREATE DATABASE … TEMPLATE, one database per file, dropped afterwards.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const TEMPLATE_DUMP = path.resolve(".data/test/template.tar.gz");
// One template per checkout, so two checkouts on one PostgreSQL server never drop each other's template.
export const PG_TEMPLATE_DB = `xiangji_tpl_${crypto.createHash("sha1").update(process.cwd()).digest("hex").slice(0, 8)}`;

export function adminUrl(dbName?: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  if (dbName) url.pathname = `/${dbName}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function ensureDir(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
}
