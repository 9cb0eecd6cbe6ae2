/**
 * The one database client. Embedded PGlite (data in .data/pglite) by default; node-postgres when
 * DATABASE_URL is set. Both speak the same pg-core schema; callers see one `Database` type.
 *
 * Invariants:
 * - One PGlite instance per process, kept on globalThis (Next loads this module several times).
 * - One process per PGlite directory: two processes on one directory lose writes silently, so the
 *   directory is guarded by a pid lock file and a second process fails loudly.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
export type DbKind = "pglite" | "postgres";
/** A transaction handle: same query API as Database. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface DbHandle {
  db: Database;
  kind: DbKind;
  close: () => Promise<void>;
  /** Raw PGlite instance, when embedded (tests clone it). */
  pglite?: PGlite;
  pool?: pg.Pool;
}

export const DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.env.XIANGJI_DATA_DIR ?? ".data");
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const LOCK_FILE = path.join(DATA_DIR, "pglite.lock");

export class DataDirLockedError extends Error {
  constructor(public readonly pid: number) {
    super(
      `数据目录 ${PGLITE_DIR} 正被另一个进程（PID ${pid}）使用。PGlite 只允许一个进程打开它：` +
        `请先停止那个进程，或设置 DATABASE_URL 使用 PostgreSQL。` +
        ` / The PGlite data directory is in use by process ${pid}; stop it first or set DATABASE_URL.`,
    );
    this.name = "DataDirLockedError";
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Take the directory lock for this process; throws DataDirLockedError when another live process holds it. */
export function acquireDataDirLock(): void {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(LOCK_FILE, String(process.pid), { flag: "wx" });
      process.once("exit", releaseDataDirLock);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number.parseInt(fs.readFileSync(LOCK_FILE, "utf8"), 10);
      if (holder === process.pid) return;
      if (Number.isFinite(holder) && pidAlive(holder)) throw new DataDirLockedError(holder);
      fs.rmSync(LOCK_FILE, { force: true }); // stale lock from a dead process
    }
  }
  throw new Error(`Could not take the PGlite lock ${LOCK_FILE}`);
}

export function releaseDataDirLock(): void {
  try {
    if (Number.parseInt(fs.readFileSync(LOCK_FILE, "utf8"), 10) === process.pid) fs.rmSync(LOCK_FILE);
  } catch {
    // already gone
  }
}

/**
 * Connections per server process. scripts/start.mjs tells each process how many run on the host
 * (XIANGJI_SERVER_PROCESSES): they share about 20 connections, 2 to 10 each, so that a many-core host does not
 * exhaust PostgreSQL's max_connections (100 by default) with its default number of processes.
 */
export function poolSizePerProcess(processes: number): number {
  return Math.max(2, Math.min(10, Math.floor(20 / Math.max(1, processes))));
}

export function createPostgresHandle(url: string, max = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool
  // discards it and opens a new one on the next query.
  pool.on("error", (e) => console.warn("[db] idle connection lost:", e.message));
  const db = drizzlePg(pool, { schema });
  return { db, kind: "postgres", pool, close: () => pool.end() };
}

/** A PGlite database in memory (dataDir undefined) or on disk. Disk use takes the directory lock. */
export async function createPgliteHandle(dataDir?: string): Promise<DbHandle> {
  if (dataDir) {
    acquireDataDirLock();
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  return wrapPglite(client, Boolean(dataDir));
}

export function wrapPglite(client: PGlite, locked = false): DbHandle {
  // The PGlite driver has the same query API as node-postgres; one Database type keeps lib/ simple.
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    pglite: client,
    close: async () => {
      await client.close();
      if (locked) releaseDataDirLock();
    },
  };
}

export function configuredKind(): DbKind {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

type Holder = { handle?: DbHandle; opening?: Promise<DbHandle> };
const g = globalThis as unknown as { __xiangjiDb?: Holder };
const holder: Holder = (g.__xiangjiDb ??= {});

/** The process-wide database, opened lazily. */
export async function getDbHandle(): Promise<DbHandle> {
  if (holder.handle) return holder.handle;
  holder.opening ??= (async () => {
    const url = process.env.DATABASE_URL;
    const handle = url ? createPostgresHandle(url, poolSizePerProcess(Number(process.env.XIANGJI_SERVER_PROCESSES) || 1)) : await createPgliteHandle(PGLITE_DIR);
    holder.handle = handle;
    return handle;
  })();
  try {
    return await holder.opening;
  } catch (e) {
    holder.opening = undefined;
    throw e;
  }
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/** Tests install their own database (a PGlite clone or a fresh PostgreSQL database). */
export function setDbHandle(handle: DbHandle | undefined): void {
  holder.handle = handle;
  holder.opening = handle ? Promise.resolve(handle) : undefined;
}

export async function closeDb(): Promise<void> {
  const h = holder.handle;
  setDbHandle(undefined);
  if (h) await h.close();
}

export { schema };
