/**
 * Server start: open the database (taking the PGlite directory lock), apply migrations, and seed demo
 * data into an empty database in development (or when XIANGJI_SEED_DEMO=1).
 */
// Modules that read the environment (env, crypto via the seed) are imported inside startServer's
// try block: invalid configuration then ends in one clear message and exit code 1.
import { DataDirLockedError, getDbHandle, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { announceReady } from "@/lib/worker-relay.mjs";

/**
 * Several server processes may start at once (scripts/start.mjs's workers, or several hosts on one database): they
 * migrate and seed one at a time, under a PostgreSQL advisory lock, and the later ones find nothing left to do. PGlite
 * allows one process per data directory (db/client.ts), so it needs no lock. Returns what was seeded, if anything.
 */
export async function prepareDatabase(opts: { seed: boolean }, handle?: DbHandle): Promise<Record<string, number> | null> {
  const h = handle ?? (await getDbHandle());
  return exclusively(h, async () => {
    await runMigrations(h);
    const { isDatabaseEmpty, seedDatabase } = await import("@/db/seed");
    if (!opts.seed || !(await isDatabaseEmpty(h.db))) return null;
    const t0 = Date.now();
    const counts = await seedDatabase(h.db);
    console.log(`[xiangji] seeded demo data (示例数据): ${JSON.stringify(counts)} in ${Date.now() - t0} ms`);
    return counts;
  });
}

async function exclusively<T>(handle: DbHandle, work: () => Promise<T>): Promise<T> {
  if (!handle.pool) return work();
  // A session lock on a connection of its own, held while the work runs on the pool's other connections.
  const lock = await handle.pool.connect();
  try {
    await lock.query("select pg_advisory_lock(hashtext('xiangji.prepare-database'))");
    return await work();
  } finally {
    await lock.query("select pg_advisory_unlock(hashtext('xiangji.prepare-database'))").catch(() => undefined);
    lock.release();
  }
}

/**
 * Every minute in the server process, two independent sweeps (a slow mail server must never hold up the release
 * of stock): reservations that outlive their payment window are released (also opportunistically at checkout,
 * never on page views: reading a list never writes) and old throttle windows pruned; e-mail copies the request
 * did not deliver (SMTP down, process restarted) are sent from the notifications outbox, at most
 * MAIL_BATCHES_PER_TICK batches a minute.
 */
const MAIL_BATCHES_PER_TICK = 10;

function every(ms: number, name: string, work: () => Promise<void>): void {
  let running = false;
  const tick = async () => {
    if (running) return; // never two of one sweep at once
    running = true;
    try {
      await work();
    } catch (e) {
      console.error(`[xiangji] ${name} sweep failed:`, e instanceof Error ? e.message : e);
    } finally {
      running = false;
    }
  };
  void tick();
  setInterval(tick, ms).unref();
}

function startSweeps(): void {
  every(60_000, "reservation", async () => {
    const { expireStaleReservations } = await import("@/lib/orders/stock");
    let n: number;
    do n = await expireStaleReservations();
    while (n > 0);
    const { pruneThrottleWindows } = await import("@/lib/auth/throttle");
    await pruneThrottleWindows();
  });
  every(60_000, "e-mail", async () => {
    const { MAIL_BATCH, sweepNotificationEmails } = await import("@/lib/notifications/notify");
    for (let i = 0; i < MAIL_BATCHES_PER_TICK && (await sweepNotificationEmails()).claimed === MAIL_BATCH; i++);
  });
}

export async function startServer(): Promise<void> {
  try {
    const { env } = await import("@/lib/env"); // validates configuration; throws with a list of what is missing
    const seed = env.NODE_ENV !== "production" || process.env.XIANGJI_SEED_DEMO === "1";
    await prepareDatabase({ seed });
    console.log(`[xiangji] database ready (${process.env.DATABASE_URL ? "postgres" : "pglite"})`);
    startSweeps();
    // scripts/start.mjs's response layer may now answer repeat visits of listed signed-in pages from memory.
    (await import("@/lib/private-pages")).registerPrivatePages();
    // Under scripts/start.mjs's cluster: from now on an exit of this worker is a crash (replaced), not a start-up failure.
    announceReady();
  } catch (e) {
    if (e instanceof DataDirLockedError) {
      console.error(`\n[xiangji] ${e.message}\n`);
    } else {
      console.error("[xiangji] start-up failed:", e instanceof Error ? e.message : e);
    }
    process.exit(1);
  }
}
