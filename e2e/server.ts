/**
 * The e2e web server: a fresh database (a new PGlite directory, or a fresh "<db>_e2e" PostgreSQL
 * database when DATABASE_URL is set), seeded with demo data, then the built app as `npm start` serves it.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { clearNextDataCaches } from "../scripts/clear-next-cache";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.resolve(`.data/e2e-${port}`);
fs.rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });
fs.rmSync(path.join(dataDir, "pglite.lock"), { force: true });
// Cached pages and data from an earlier run's database must not leak into this run's fresh database.
clearNextDataCaches();

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  XIANGJI_DATA_DIR: dataDir,
  XIANGJI_SEED_DEMO: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e-0001",
  PII_KEY: process.env.PII_KEY ?? "e2e-pii-key-e2e-pii-key-e2e-pii-key-e2e-01",
  APP_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  const name = `${url.pathname.slice(1) || "postgres"}_e2e_${port}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}

// A keep-alive timeout longer than the test client's idle reuse window: otherwise a request can be
// written to a socket the server is closing at that instant (ECONNRESET), a transport race, not an app fault.
// As `npm start` runs it: with DATABASE_URL, one server process per core (scripts/start.mjs), so the specs also see
// every process serve a write at once (e2e/workers.spec.ts).
const child = spawn(process.execPath, [path.resolve("scripts/start.mjs"), "-p", port, "--keepAliveTimeout", "65000"], { env, stdio: "inherit" });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
