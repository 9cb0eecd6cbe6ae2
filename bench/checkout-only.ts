/**
 * `npx tsx bench/checkout-only.ts` — only phase 5 of `npm run bench` (the checkout race, bench/checkout.ts),
 * without build, server, HTTP load or Lighthouse: for working on the checkout path without taking the machine's
 * CPU for ten minutes. Same data as the full bench (migrations, demo seed, bench/generate.ts) in its own
 * database, `xiangji_bench_checkout` by default, so it never drops the database a full bench run is using.
 *
 * Flags: --runs=N (measure N times on the same data, default 3), --reuse (keep the database of an earlier
 * --keep-db run instead of rebuilding it, ~30 s saved), --keep-db (leave the database for the next --reuse or
 * for EXPLAIN), --db=name (database name), --settle=S (wait S seconds after building the data before measuring: in
 * the full bench ~2 minutes of HTTP load pass in between, time in which autovacuum and the checkpointer finish).
 * Env: DATABASE_URL (server to create the database on; default postgres://postgres@127.0.0.1:5432/test).
 * Each run adds fresh fixture variants, so runs on one database do not disturb each other. The 1-min load
 * average is printed with every run: the machine's 2 cores are shared, compare runs made back to back.
 */
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildBenchData } from "./db";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const RUNS = Number(option("runs") ?? 3);
const DB_NAME = option("db") ?? "xiangji_bench_checkout";
const SETTLE_S = Number(option("settle") ?? 0);
const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: BASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const load1 = () => os.loadavg()[0]!.toFixed(2);

async function main() {
  if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) throw new Error(`--db: plain lower-case name expected, got ${DB_NAME}`);
  const url = new URL(BASE_URL);
  url.pathname = `/${DB_NAME}`;
  const benchUrl = url.toString();
  Object.assign(process.env, {
    DATABASE_URL: benchUrl,
    XIANGJI_DATA_DIR: path.resolve(".data/bench-checkout"),
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0001",
    PII_KEY: "bench-pii-key-bench-pii-key-bench-pii-key-01",
  });

  const exists = await admin(async (c) => (await c.query(`select 1 from pg_database where datname = $1`, [DB_NAME])).rowCount === 1);
  if (flag("reuse") && exists) {
    console.log(`reusing database ${DB_NAME}`);
  } else {
    const t0 = performance.now();
    await admin(async (c) => {
      await c.query(`drop database if exists "${DB_NAME}" with (force)`);
      await c.query(`create database "${DB_NAME}"`);
    });
    const built = await buildBenchData(benchUrl);
    console.log(`database ${DB_NAME} built in ${Math.round(performance.now() - t0)} ms: ${JSON.stringify(built.generated.counts)}`);
    if (SETTLE_S > 0) await new Promise((r) => setTimeout(r, SETTLE_S * 1000));
  }

  try {
    const { measureCheckout } = await import("./checkout");
    for (let run = 1; run <= RUNS; run++) {
      const before = load1();
      const r = await measureCheckout(benchUrl);
      if (!r.available) throw new Error(`checkout not available: ${r.reason}`);
      for (const s of r.scenarios) {
        console.log(
          `run ${run} · load ${before} · ${s.name}: ${s.ordersPerS} orders/s (${s.wallMs} ms), ${s.orders} orders, ${s.unitsOrdered} units, ` +
            `oversold ${s.oversold}, consistent ${s.stockConsistent}, sold-out ${s.soldOut}, other errors ${s.otherErrors}` +
            (s.errorSamples.length ? ` [${s.errorSamples.join(" | ")}]` : ""),
        );
      }
    }
  } finally {
    if (!flag("keep-db")) await admin((c) => c.query(`drop database if exists "${DB_NAME}" with (force)`));
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
