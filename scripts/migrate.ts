/** `npm run db:migrate`: apply generated migrations (PGlite directory or DATABASE_URL). */
import { closeDb, getDbHandle } from "../db/client";
import { runMigrations } from "../db/migrate";

const handle = await getDbHandle();
await runMigrations(handle);
console.log(`migrations applied (${handle.kind})`);
await closeDb();
