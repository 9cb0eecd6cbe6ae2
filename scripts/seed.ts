/** `npm run db:seed`: seed demo data (示例数据) into an empty database; `--force` is not offered on purpose. */
import { closeDb, getDbHandle } from "../db/client";
import { runMigrations } from "../db/migrate";
import { isDatabaseEmpty, seedDatabase } from "../db/seed";

const handle = await getDbHandle();
await runMigrations(handle);
if (await isDatabaseEmpty(handle.db)) {
  console.log("seeded", await seedDatabase(handle.db));
} else {
  console.log("database is not empty: nothing seeded (delete .data/pglite to start over)");
}
await closeDb();
