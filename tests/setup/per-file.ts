import fs from "node:fs";
import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { closeDb, createPostgresHandle, setDbHandle, wrapPglite } from "../../db/client";
import { adminUrl, PG_TEMPLATE_DB, TEMPLATE_DUMP, withAdminClient } from "./template";

let dbName: string | undefined;

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    dbName = `xiangji_t_${crypto.randomBytes(6).toString("hex")}`;
    await withAdminClient((c) => c.query(`create database ${dbName} template ${PG_TEMPLATE_DB}`));
    setDbHandle(createPostgresHandle(adminUrl(dbName), 20));
  } else {
    const blob = new Blob([fs.readFileSync(TEMPLATE_DUMP)]);
    const client = await PGlite.create({ loadDataDir: blob, extensions: { pg_trgm } });
    setDbHandle(wrapPglite(client));
  }
});

afterAll(async () => {
  await closeDb();
  if (dbName) {
    const name = dbName;
    await withAdminClient(async (c) => {
      // Let the pool's sockets finish closing first: forcing them closed mid-goodbye surfaces as an
      // unhandled "terminating connection" error in the test process.
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
        if (!rows[0]?.n) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
    });
  }
});
