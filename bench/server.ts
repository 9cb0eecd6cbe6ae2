/** The production server under bench: the built app as `npm start` serves it, on the bench database, loopback only. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { clearNextDataCaches } from "../scripts/clear-next-cache";

/**
 * CPU time (user + system, ms) used so far by process `rootPid` and all its descendants (the cluster's workers), from
 * /proc (Linux; elsewhere undefined).
 */
export function processTreeCpuMs(rootPid: number): number | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return undefined;
  }
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const pid of entries) {
    try {
      // Fields after the command name (which may hold spaces) in parentheses: state ppid … utime(14) stime(15).
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // exited meanwhile
    }
  }
  if (!stats.has(rootPid)) return undefined;
  let ticks = 0;
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, st] of stats) {
      if (tree.has(pid) || !tree.has(st.ppid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  for (const pid of tree) ticks += stats.get(pid)!.ticks;
  return (ticks * 1000) / CLOCK_TICKS_PER_S;
}
/** USER_HZ: 100 on every Linux we run (getconf CLK_TCK). */
const CLOCK_TICKS_PER_S = 100;

export interface BenchServer {
  origin: string;
  child: ChildProcess;
  stop: () => Promise<void>;
  log: () => string;
}

/** The Node.js flags `npm start` passes (package.json "start"), read from there so that the two cannot drift apart. */
export const NODE_FLAGS: string[] =
  (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start.match(/(?<=\bnode )(?:--[\w-]+(?:=\S+)? )+/)?.[0].trim().split(" ") ?? [];

/**
 * `cwd`: the built app to start (default: this project). `readyPath`: a URL that answers 200 once the server is up
 * (default /api/health). `clearCaches`: drop the project's cached pages first (default true; only for this project).
 */

export async function startServer(opts: { port: number; env: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string; readyPath?: string; clearCaches?: boolean }): Promise<BenchServer> {
  const origin = `http://127.0.0.1:${opts.port}`;
  const readyPath = opts.readyPath ?? "/api/health";
  // Refuse to measure somebody else's server: the port must be free.
  if (await fetch(`${origin}${readyPath}`).then(() => true, () => false)) {
    throw new Error(`port ${opts.port} already answers: stop whatever listens there first`);
  }
  // Loopback only. The host must be "localhost", not "127.0.0.1": the proxy's locale rewrite (/about →
  // /zh-CN/about) targets http://localhost:<port>/…, and with -H 127.0.0.1 Next treats that as an external
  // rewrite and answers 307 to the same URL (a redirect loop on every default-locale page).
  let out = "";
  // The bench database is new each run: cached pages of an earlier database must not be served.
  if (opts.clearCaches ?? true) clearNextDataCaches();
  // As `npm start` runs it (package.json): a 64 MB young generation. Each dynamic render allocates a few MB that die
  // young; with V8's default 16 MB semi-space, 50 concurrent renders promoted many of them to the old generation
  // (bench/README.md: about 10% less CPU per signed-in page with the flag).
  // As `npm start` runs it: scripts/start.mjs, one `next start` process per core under node:cluster (WEB_CONCURRENCY).
  const workers = Number(opts.env.WEB_CONCURRENCY ?? 1);
  const child = spawn(process.execPath, [...NODE_FLAGS, path.resolve("scripts/start.mjs"), "-p", String(opts.port), "-H", "localhost"], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (b: Buffer) => {
    out += b.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  child.on("exit", () => (exited = true));

  const stop = async () => {
    if (exited) return;
    const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await done;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited early:\n${out.slice(-4000)}`);
    const ok = await fetch(`${origin}${readyPath}`).then((r) => r.ok, () => false);
    // The first process to listen answers; measure only once all of them do.
    if (ok && (workers === 1 || out.includes(`${workers} server processes listening`))) return { origin, child, stop, log: () => out };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not become healthy in time:\n${out.slice(-4000)}`);
}

export function buildExists(): boolean {
  return fs.existsSync(path.resolve(".next/BUILD_ID"));
}
