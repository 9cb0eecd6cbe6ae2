import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresHandle, type DbHandle } from "../db/client";
import { prepareDatabase } from "../lib/startup";
import { adminUrl, withAdminClient } from "./setup/template";

// scripts/start.mjs starts one server process per core on PostgreSQL, and each migrates and seeds at start-up.
// PGlite allows one process per data directory (tests/pglite-lock.test.ts), so this race exists only on PostgreSQL.
describe.runIf(Boolean(process.env.DATABASE_URL))("server processes starting at once on one PostgreSQL database", () => {
  const name = `xiangji_start_${crypto.randomBytes(6).toString("hex")}`;
  const handles: DbHandle[] = [];

  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  it("migrate and seed one at a time: all start, the demo data is seeded once", async () => {
    await withAdminClient((c) => c.query(`create database ${name}`));
    for (let i = 0; i < 3; i++) handles.push(createPostgresHandle(adminUrl(name), 4));
    const seeded = await Promise.all(handles.map((h) => prepareDatabase({ seed: true }, h)));
    expect(seeded.filter(Boolean)).toHaveLength(1);
    const counts = seeded.find(Boolean)!;
    const { rows } = await handles[0]!.pool!.query<{ users: number }>("select count(*)::int as users from users");
    expect(rows[0]!.users).toBe(counts.users);
  });
});
