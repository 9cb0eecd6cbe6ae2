import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { createPostgresHandle, wrapPglite } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { adminUrl, ensureDir, PG_TEMPLATE_DB, TEMPLATE_DUMP, withAdminClient } from "./template";

export default async function setup() {
  if (process.env.DATABASE_URL) {
    await withAdminClient(async (c) => {
      await c.query(`drop database if exists ${PG_TEMPLATE_DB} with (force)`);
      await c.query(`create database ${PG_TEMPLATE_DB}`);
    });
    const handle = createPostgresHandle(adminUrl(PG_TEMPLATE_DB), 1);
    await runMigrations(handle);
    await handle.close();
    return;
  }
  const client = await PGlite.create({ extensions: { pg_trgm } });
  await runMigrations(wrapPglite(client));
  const dump = await client.dumpDataDir("gzip");
  ensureDir(TEMPLATE_DUMP);
  fs.writeFileSync(TEMPLATE_DUMP, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}
