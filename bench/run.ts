/**
 * `npm run bench` — one run, ≤ 10 minutes on a 2-core machine:
 *   build (the app, and the bare Next.js reference app of bench/reference) → bench database (migrate, demo seed,
 *   generated data) → `next start` on :3105 (the reference on :3106) → HTTP load (autocannon) → checkout race →
 *   first-load JS → Lighthouse + axe → bench/results/latest.json + bench/README.md → clean up.
 *
 * Flags: --no-build (reuse .next), --quick (short load runs, for trying the harness), --keep-db (leave the
 * xiangji_bench database for EXPLAIN), --strict (exit 1 when a target fails).
 * Env: DATABASE_URL (server to create xiangji_bench on; default postgres://postgres@127.0.0.1:5432/test),
 * BENCH_PORT (default 3105), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { firstLoadJs, fromHtml, type PageWeight, type RouteBundle } from "./bundle";
import { buildBenchData, dropDatabase, explainReferenceQueries, recreateDatabase } from "./db";
import { latencySample, load, probe, round, signIn, type LatencySample, type LoadResult } from "./http";
import { buildReference, removeReference, type ReferenceBuild } from "./reference";
import { renderResults, writeJson, writeReadme, type Check } from "./report";
import { buildExists, processTreeCpuMs, startServer, type BenchServer } from "./server";

const args = new Set(process.argv.slice(2));
const QUICK = args.has("--quick");
const PORT = Number(process.env.BENCH_PORT ?? 3105);
/** As `npm start` on PostgreSQL (scripts/start.mjs): one server process per core, for the app and the bare reference alike. */
const WORKERS = Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism());
const BASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
// Steady state, as a long-running server sees it: the warm-up runs the measured load itself, long enough for V8 to
// optimise the render path of a page rendered per request (its optimising compiler runs on the same two cores).
const LOAD = QUICK ? { connections: 50, durationS: 3, warmupS: 1 } : { connections: 50, durationS: 8, warmupS: 5 };
const REF_LOAD = QUICK ? { connections: 50, durationS: 2, warmupS: 1 } : { connections: 50, durationS: 5, warmupS: 1 };
// The static baseline and the cached public pages are measured in rounds (baseline, then each page; a closing baseline
// after the last round): the machine's speed moves by ±15% from one run to the next (2026-11-29: the same page 15,461
// to 18,210 req/s in three runs a minute apart), so one run per page made each ratio a draw. A page's ratio is the
// median over the rounds of its req/s against the mean of the baseline runs just before and after its round.
const ROUNDS = QUICK ? 1 : 3;
const ROUND_LOAD = QUICK ? { connections: 50, durationS: 2 } : { connections: 50, durationS: 5 };
const ROUND_WARMUP_S = { first: QUICK ? 1 : 5, later: 1 };
const SECRETS = {
  AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0001",
  PII_KEY: "bench-pii-key-bench-pii-key-bench-pii-key-01",
};
const DATA_DIR = path.resolve(".data/bench");
const RESULTS = path.resolve("bench/results/latest.json");
const README = path.resolve("bench/README.md");
// Browsers ask for compressed HTML; Next compresses per response, which is part of what a page costs.
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/xhtml+xml" };

const phases: Record<string, number> = {};
const t0 = performance.now();
async function phase<T>(name: string, budgetS: number, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  console.log(`\n▶ ${name} (budget ${budgetS} s)`);
  try {
    return await fn();
  } finally {
    const s = round((performance.now() - start) / 1000, 1);
    phases[name] = s;
    console.log(`✓ ${name}: ${s} s${s > budgetS ? `  ⚠ over budget (${budgetS} s)` : ""} · elapsed ${round((performance.now() - t0) / 1000, 0)} s`);
  }
}

function git(...a: string[]): string {
  try {
    return execFileSync("git", a, { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

async function nextBuild(): Promise<void> {
  const logFile = path.resolve(".data/bench-build.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "w");
  const child = spawn(path.resolve("node_modules/.bin/next"), ["build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: undefined },
    stdio: ["ignore", log, log],
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  fs.closeSync(log);
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see ${logFile}:\n${fs.readFileSync(logFile, "utf8").slice(-3000)}`);
}

interface PageSpec {
  key: string;
  name: string;
  path: string;
  kind: "baseline" | "public" | "search" | "private" | "reference";
  headers?: Record<string, string>;
  /** another server than the app (the bare Next.js reference) */
  origin?: string;
  /** a reference measured as long as the pages it is compared with */
  fullLoad?: boolean;
  /** let autocannon build each body as a string, as it does by default (bench/http.ts, dropBodies) */
  keepBodies?: boolean;
}

/** `load` of a page measured in rounds combines them (medians; p99 and max the worst round); `rounds` has each run. */
type PageResult = PageSpec & ({ status: "ok"; http: number; load: LoadResult; rounds?: LoadResult[]; ratios?: number[] } | { status: "not available yet" | "error"; http: number; detail: string });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function combineRounds(runs: LoadResult[]): LoadResult {
  const med = (f: (l: LoadResult) => number) => round(median(runs.map(f)), 1);
  const sum = (f: (l: LoadResult) => number) => runs.reduce((a, l) => a + f(l), 0);
  const cpu = runs.map((l) => l.serverCpuMsPerRequest).filter((x): x is number => x !== undefined);
  return {
    rps: med((l) => l.rps),
    p50: med((l) => l.p50),
    p90: med((l) => l.p90),
    p99: Math.max(...runs.map((l) => l.p99)),
    max: Math.max(...runs.map((l) => l.max)),
    requests: sum((l) => l.requests),
    non2xx: sum((l) => l.non2xx),
    errors: sum((l) => l.errors),
    timeouts: sum((l) => l.timeouts),
    bytesPerRequest: Math.round(median(runs.map((l) => l.bytesPerRequest))),
    connections: runs[0]!.connections,
    durationS: sum((l) => l.durationS),
    serverCpuMsPerRequest: cpu.length === runs.length ? round(median(cpu), 3) : undefined,
  };
}

async function main() {
  let server: BenchServer | undefined;
  let refServer: BenchServer | undefined;
  let reference: ReferenceBuild | undefined;
  let benchUrl: string | undefined;
  const stopAll = async () => {
    await Promise.all([server?.stop(), refServer?.stop()]);
  };
  process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));
  process.once("SIGTERM", () => void stopAll().then(() => process.exit(143)));

  try {
    // 1. build
    if (args.has("--no-build") && buildExists()) {
      console.log("▶ build skipped (--no-build, .next exists)");
    } else {
      await phase("build", 240, nextBuild);
    }
    reference = await phase("reference app build", 60, buildReference);

    // 2. data
    const data = await phase("database", 90, async () => {
      benchUrl = await recreateDatabase(BASE_URL);
      Object.assign(process.env, SECRETS, { DATABASE_URL: benchUrl, XIANGJI_DATA_DIR: DATA_DIR });
      const built = await buildBenchData(benchUrl);
      console.log(`  ${JSON.stringify(built.generated.counts)} · ${JSON.stringify({ ...built.timingsMs, ...built.generated.timingsMs })}`);
      return built;
    });
    const explain = await phase("explain", 15, () => explainReferenceQueries(benchUrl!));
    for (const e of explain) console.log(`  ${e.executionMs.toFixed(1).padStart(7)} ms  ${e.name}`);

    // ids for the detail pages: the best-selling product on sale and the newest open job
    const ids = await (async () => {
      const c = new pg.Client({ connectionString: benchUrl });
      await c.connect();
      try {
        const p = await c.query<{ id: string }>(`select id from products where status = 'on_sale' and hidden_reason is null order by sales_count desc, id limit 1`);
        const j = await c.query<{ id: string }>(`select id from jobs where status = 'open' and hidden_reason is null order by created_at desc, id limit 1`);
        return { product: p.rows[0]!.id, job: j.rows[0]!.id };
      } finally {
        await c.end();
      }
    })();

    // 3. server
    server = await phase("server start", 60, () =>
      startServer({
        port: PORT,
        env: {
          ...process.env,
          ...SECRETS,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          DATABASE_URL: benchUrl,
          XIANGJI_DATA_DIR: DATA_DIR,
          APP_URL: `http://127.0.0.1:${PORT}`,
          XIANGJI_SEED_DEMO: undefined,
          WEB_CONCURRENCY: String(WORKERS),
        },
      }),
    );
    const origin = server.origin;
    // The bare Next.js app: no proxy, no i18n, no database, no session, no client component of ours.
    refServer = await phase("reference app start", 30, () =>
      startServer({
        port: PORT + 1,
        cwd: reference!.dir,
        readyPath: "/",
        clearCaches: false,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WEB_CONCURRENCY: String(WORKERS) },
      }),
    );
    const refOrigin = refServer.origin;

    // The builds and the data generation leave the cores busy for a while (the 1-min load average above 4 right
    // after them): wait until the machine is quiet, up to a minute, so the first pages are not measured against
    // the tail of the builds while the last ones are not.
    await phase("settle", 65, async () => {
      const until = Date.now() + (QUICK ? 5_000 : 60_000);
      while (os.loadavg()[0]! > 1.5 && Date.now() < until) await new Promise((r) => setTimeout(r, 1000));
      console.log(`  1-min load average ${os.loadavg()[0]!.toFixed(1)}`);
    });

    // 4. HTTP
    const cookie = await signIn(origin, "buyer@demo.xiangji.cn", "Demo@2026");
    const producerCookie = await signIn(origin, "producer@demo.xiangji.cn", "Demo@2026");
    const rootChunk = (JSON.parse(fs.readFileSync(".next/build-manifest.json", "utf8")) as { rootMainFiles: string[] }).rootMainFiles.at(-1)!;
    const q = encodeURIComponent("猕猴桃");
    const pages: PageSpec[] = [
      { key: "baseline", name: "static baseline /about", path: "/about", kind: "baseline" },
      { key: "home", name: "home /", path: "/", kind: "public" },
      { key: "catalog", name: "catalog /products", path: "/products", kind: "public" },
      { key: "search", name: "search /products?q=猕猴桃", path: `/products?q=${q}`, kind: "search" },
      { key: "product", name: "product page", path: `/products/${ids.product}`, kind: "public" },
      { key: "jobs", name: "job board /jobs", path: "/jobs", kind: "public" },
      { key: "job", name: "job page", path: `/jobs/${ids.job}`, kind: "public" },
      { key: "orders", name: "signed-in order list /orders", path: "/orders", kind: "private", headers: { cookie } },
      // The same list rendered on every request: `placed` (the banner after a checkout) is a query the server never
      // answers from memory (lib/private-pages.ts), and this id matches no checkout, so the page is the list alone.
      { key: "orders-render", name: "signed-in order list rendered per request (/orders?placed=<no checkout>)", path: "/orders?placed=00000000-0000-4000-8000-000000000000", kind: "reference", headers: { cookie }, fullLoad: true },
      // The producer's order queue, kept the same way as the buyer's list (lib/private-pages.ts): no target.
      { key: "producer-orders", name: "producer's order queue /producer/orders?tab=all (signed in)", path: "/producer/orders?tab=all", kind: "reference", headers: { cookie: producerCookie }, fullLoad: true },
      // The catalog as a signed-in buyer asks for it (the session cookie, which public pages never read): answered from
      // the same kept page as the anonymous catalog (lib/response-cache.mjs, pageKey). No target of its own.
      { key: "catalog-signed-in", name: "catalog /products, signed in (session cookie)", path: "/products", kind: "reference", headers: { cookie } },
      { key: "ref-static", name: "bare Next.js static page (reference app)", path: "/", kind: "reference", origin: refOrigin, fullLoad: true },
      { key: "ref-dynamic", name: "bare Next.js page rendered per request, no database (reference app)", path: "/dynamic", kind: "reference", origin: refOrigin, fullLoad: true },
      // The same two pages sent uncompressed (16 and 47 KB): read against the compressed runs, they show how much the
      // bytes themselves cost the server and the load generator on the same cores.
      { key: "baseline-identity", name: "static baseline without Accept-Encoding (sent uncompressed)", path: "/about", kind: "reference", headers: { "accept-encoding": "identity" } },
      { key: "catalog-identity", name: "catalog /products without Accept-Encoding (sent uncompressed)", path: "/products", kind: "reference", headers: { "accept-encoding": "identity" } },
      { key: "asset", name: "static file (no proxy, no render)", path: `/${rootChunk.replace(/^static/, "_next/static")}`, kind: "reference" },
      { key: "health", name: "/api/health (route handler, 1 query)", path: "/api/health", kind: "reference" },
      // autocannon as it runs by default, building each body as a string: what the ratios measured until 2026-11-29.
      { key: "baseline-bodies", name: "static baseline, load generator decoding every body (autocannon's default)", path: "/about", kind: "reference", keepBodies: true },
      { key: "catalog-bodies", name: "catalog /products, load generator decoding every body (autocannon's default)", path: "/products", kind: "reference", keepBodies: true },
    ];
    const html: Record<string, string> = {};
    let searchLatency: LatencySample | undefined;
    let refDynamicLatency: LatencySample | undefined;
    const loadBefore = os.loadavg()[0]!;
    const results: PageResult[] = await phase("http load", 300, async () => {
      const done = new Map<string, PageResult>();
      const measurable: PageSpec[] = [];
      for (const p of pages) {
        const first = await probe((p.origin ?? origin) + p.path, p.headers ?? {});
        if (first.status === 404) {
          done.set(p.key, { ...p, status: "not available yet", http: 404, detail: "404 on this branch" });
          console.log(`  –  ${p.name}: not available yet (404)`);
        } else if (first.status !== 200) {
          done.set(p.key, { ...p, status: "error", http: first.status, detail: `HTTP ${first.status}${first.location ? ` → ${first.location}` : ""}` });
          console.log(`  ✗  ${p.name}: HTTP ${first.status} ${first.location ?? ""}`);
        } else {
          html[p.key] = first.body;
          measurable.push(p);
        }
      }
      const loadPage = async (p: PageSpec, opts: { connections: number; durationS: number; warmupS: number }) => {
        const measured = p.origin ? refServer! : server!;
        const l = await load((p.origin ?? origin) + p.path, { ...opts, headers: { ...BROWSER_HEADERS, ...p.headers }, keepBodies: p.keepBodies, serverCpuMs: () => processTreeCpuMs(measured.child.pid!) });
        const cpu = l.serverCpuMsPerRequest === undefined ? "" : ` · server CPU ${l.serverCpuMsPerRequest} ms/req`;
        console.log(`  ✓  ${p.name}: ${l.rps} req/s · p50 ${l.p50} ms · p99 ${l.p99} ms${cpu} · non2xx ${l.non2xx} · errors ${l.errors}`);
        return l;
      };

      // Rounds: the baseline and the cached public pages (see ROUNDS).
      const baseline = measurable.find((p) => p.kind === "baseline");
      const inRounds = measurable.filter((p) => p.kind === "baseline" || p.kind === "public");
      const runs = new Map<string, LoadResult[]>(inRounds.map((p) => [p.key, []]));
      const publicPages = inRounds.filter((p) => p.kind === "public");
      for (let r = 0; r < ROUNDS; r++) {
        console.log(`  round ${r + 1} of ${ROUNDS}`);
        // The baseline opens each round; the pages take turns in the places after it (rotated by one each round), so no
        // page is always the one measured furthest from a baseline run while the machine's speed drifts.
        const order = [...inRounds.filter((p) => p.kind === "baseline"), ...publicPages.slice(r % Math.max(1, publicPages.length)), ...publicPages.slice(0, r % Math.max(1, publicPages.length))];
        for (const p of order) runs.get(p.key)!.push(await loadPage(p, { ...ROUND_LOAD, warmupS: r === 0 ? ROUND_WARMUP_S.first : ROUND_WARMUP_S.later }));
      }
      if (baseline) runs.get(baseline.key)!.push(await loadPage(baseline, { ...ROUND_LOAD, warmupS: ROUND_WARMUP_S.later }));
      const baseRuns = baseline ? runs.get(baseline.key)! : undefined;
      for (const p of inRounds) {
        const mine = runs.get(p.key)!;
        const ratios = p.kind === "public" && baseRuns ? mine.map((l, r) => round(l.rps / ((baseRuns[r]!.rps + baseRuns[r + 1]!.rps) / 2), 3)) : undefined;
        done.set(p.key, { ...p, status: "ok", http: 200, load: combineRounds(mine), rounds: mine, ratios });
      }

      for (const p of measurable) {
        if (done.has(p.key)) continue;
        const headers = { ...BROWSER_HEADERS, ...p.headers };
        const url = (p.origin ?? origin) + p.path;
        const l = await loadPage(p, p.kind === "reference" && !p.fullLoad ? REF_LOAD : LOAD);
        done.set(p.key, { ...p, status: "ok", http: 200, load: l });
        if (p.kind === "search" || p.key === "ref-dynamic") {
          // The same sample for the bare page rendered per request: the floor of any per-request render.
          const sample = await latencySample(url, { concurrency: 2, durationMs: QUICK ? 2000 : 5000, maxRequests: 3000, headers });
          if (p.kind === "search") searchLatency = sample;
          else refDynamicLatency = sample;
          console.log(`     latency (${sample.source}, ${sample.concurrency} conns, n=${sample.n}): p50 ${sample.p50} · p95 ${sample.p95} · p99 ${sample.p99} ms`);
        }
      }
      return pages.map((p) => done.get(p.key)!);
    });
    const loadAfter = os.loadavg()[0]!;
    if (loadBefore > os.cpus().length) console.log(`  ⚠ load average was ${loadBefore.toFixed(1)} on ${os.cpus().length} cores before the load runs: other work competes with the server; absolute figures are low, ratios still compare`);
    const proxy = await phase("proxy cost", 15, async () => (await import("./proxy-cost")).measureProxyCost(QUICK ? 1000 : 5000));

    // 5. checkout (in this process, on the bench database; the server keeps running but idle)
    const checkout = await phase("checkout", 60, async () => (await import("./checkout")).measureCheckout(benchUrl!));
    if (checkout.available) for (const s of checkout.scenarios) console.log(`  ${s.name}: ${s.ordersPerS} orders/s, ${s.orders} orders, ${s.unitsOrdered} units, oversold ${s.oversold}, sold-out ${s.soldOut}, other errors ${s.otherErrors}`);
    else console.log(`  not available yet: ${checkout.reason}`);

    // 6. bundles
    const bundles = await phase("bundles", 20, async () => {
      const routes = firstLoadJs();
      const weights: Record<string, PageWeight> = {};
      for (const [k, body] of Object.entries(html)) if (!["asset", "health", "baseline-identity", "catalog-identity", "catalog-signed-in", "baseline-bodies", "catalog-bodies", "ref-static", "ref-dynamic"].includes(k)) weights[k] = fromHtml(body);
      const ref = reference!;
      const refBundle = firstLoadJs(ref.nextDir).find((b) => b.route === "/");
      const refWeight = html["ref-static"] ? fromHtml(html["ref-static"], ref.nextDir) : undefined;
      return { routes, weights, reference: { bundle: refBundle, weight: refWeight } };
    });

    // 7. Lighthouse + axe on the public pages that exist
    const auditTargets = results
      .filter((r) => r.status === "ok" && (r.kind === "public" || r.key === "baseline"))
      .map((r) => ({ name: r.key, url: origin + r.path }));
    const lighthouse = await phase("lighthouse", 240, async () => {
      await quietCpu(QUICK ? 3_000 : 20_000);
      return (await import("./audit")).runLighthouse([...auditTargets, { name: "reference", url: refOrigin + "/" }], QUICK ? 1 : undefined);
    });
    for (const [k, v] of Object.entries(lighthouse)) console.log(`  ${k}: ${"error" in v ? v.error : `perf ${v.performance} · a11y ${v.accessibility} · bp ${v.bestPractices} · seo ${v.seo} · CPU index ${v.benchmarkIndexRuns.join("/")}`}`);
    const axe = await phase("axe", 60, async () => (await import("./audit")).runAxe(auditTargets));
    for (const [k, v] of Object.entries(axe)) console.log(`  ${k}: ${"error" in v ? v.error : `${v.violations} violations ${v.ids.join(" ")}`}`);

    await phase("server stop", 10, stopAll);
    server = refServer = undefined;

    // 8. report
    const total = round((performance.now() - t0) / 1000, 0);
    const meta = {
      date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
      commit: git("rev-parse", "--short", "HEAD"),
      branch: git("rev-parse", "--abbrev-ref", "HEAD"),
      machine: `${os.cpus().length} cores · ${WORKERS} server process${WORKERS > 1 ? "es" : ""} per app (scripts/start.mjs, as \`npm start\` on PostgreSQL) · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · load generator on the same machine · 1-min load average ${loadBefore.toFixed(1)} before / ${loadAfter.toFixed(1)} after the load runs (other processes count)`,
      total: `${total} s`,
    };
    const checks = buildChecks({ results, searchLatency, refDynamicLatency, checkout, bundles, lighthouse, axe });
    const json = {
      meta: { ...meta, phasesS: phases, quick: QUICK, dataset: data.generated.counts, datasetTimingsMs: { ...data.timingsMs, ...data.generated.timingsMs } },
      checks,
      http: results,
      searchLatency,
      refDynamicLatency,
      proxy,
      checkout,
      bundles,
      lighthouse,
      axe,
      explain,
    };
    writeJson(RESULTS, json);
    writeReadme(README, renderResults({ checks, meta, extra: extraSections({ results, proxy, bundles, lighthouse, axe, explain, phases }) }));
    console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)} and ${path.relative(process.cwd(), README)} · total ${total} s`);
    const failed = checks.filter((c) => c.verdict === "fail");
    console.log(`${checks.filter((c) => c.verdict === "pass").length} pass · ${failed.length} fail · ${checks.filter((c) => c.verdict === "n/a").length} not available yet`);
    if (args.has("--strict") && failed.length) process.exitCode = 1;
  } finally {
    await stopAll();
    removeReference(reference);
    if (benchUrl && !args.has("--keep-db")) await dropDatabase(BASE_URL).catch((e) => console.warn("could not drop the bench database:", e));
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

// ───────────────────────── checks ─────────────────────────

/**
 * Wait (up to `maxMs`) until the cores are mostly idle: the servers finish their garbage collection and compiling after
 * the load runs, and Lighthouse's simulated throttling scales with the CPU it observes. The load average lags by a
 * minute, so this samples /proc/stat (Linux; elsewhere it does not wait).
 */
async function quietCpu(maxMs: number): Promise<void> {
  const busyShare = async () => {
    const read = () => fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const a = read();
    await new Promise((r) => setTimeout(r, 1000));
    const b = read();
    const d = b.map((x, i) => x - a[i]!);
    const total = d.reduce((x, y) => x + y, 0);
    return total ? 1 - (d[3]! + (d[4] ?? 0)) / total : 0;
  };
  const until = Date.now() + maxMs;
  try {
    let busy = await busyShare();
    while (busy > 0.2 && Date.now() < until) busy = await busyShare();
    console.log(`  CPU ${Math.round(busy * 100)}% busy before Lighthouse`);
  } catch {
    // no /proc/stat: measure as is
  }
}

type Lh = Record<string, import("./audit").LighthouseScores | { error: string }>;
type Axe = Record<string, import("./audit").AxeSummary | { error: string }>;

const kb = (b: number) => `${round(b / 1024, 1)} KB`;

type Bundles = { routes: RouteBundle[]; weights: Record<string, PageWeight>; reference: { bundle?: RouteBundle; weight?: PageWeight } };

function buildChecks(r: {
  results: PageResult[];
  searchLatency?: LatencySample;
  refDynamicLatency?: LatencySample;
  checkout: import("./checkout").CheckoutResult;
  bundles: Bundles;
  lighthouse: Lh;
  axe: Axe;
}): Check[] {
  const checks: Check[] = [];
  const byKey = new Map(r.results.map((x) => [x.key, x]));
  const base = byKey.get("baseline");
  const baseRps = base?.status === "ok" ? base.load.rps : NaN;
  const runsOf = (l: LoadResult[] | undefined, f: (l: LoadResult) => number | string) => (l ?? []).map(f).join(" · ");
  if (base?.status === "ok") {
    const n = base.rounds?.length ?? 1;
    checks.push({ group: "baseline", figure: "static page /about req/s (p99)", measured: `${baseRps} req/s (p99 ${base.load.p99} ms): median of ${n} runs, one before each round of pages and one after the last (${runsOf(base.rounds, (l) => l.rps)})`, target: "reference", ratio: "1.00×", verdict: "pass" });
  }
  const na = (group: string, figure: string, target: string, why = "page not on this branch"): Check => ({ group, figure, measured: "—", target, verdict: "n/a", note: why });
  const okLoad = (key: string) => {
    const x = byKey.get(key);
    return x?.status === "ok" ? x.load : undefined;
  };
  const refStatic = okLoad("ref-static");
  const refDynamic = okLoad("ref-dynamic");

  for (const key of ["home", "catalog", "product", "jobs", "job"]) {
    const p = byKey.get(key)!;
    if (p.status !== "ok") {
      checks.push(na(p.name, "req/s", "≥ 0.9× baseline", p.status === "error" ? p.detail : undefined));
      checks.push(na(p.name, "p99 latency", "≤ 100 ms", p.status === "error" ? p.detail : undefined));
      if (p.status === "error") checks.at(-1)!.verdict = checks.at(-2)!.verdict = "fail";
      continue;
    }
    const ratio = p.ratios?.length ? median(p.ratios) : p.load.rps / baseRps;
    const clean = p.load.non2xx === 0 && p.load.errors === 0;
    // What serving it costs the server, whatever the load generator (on the same cores) could keep up with. The bare
    // app's static page is shown beside it, not as a floor: a ratio to our own static page is not a target it has.
    const cpu = p.load.serverCpuMsPerRequest !== undefined && base?.status === "ok" && base.load.serverCpuMsPerRequest !== undefined ? `; server CPU ${p.load.serverCpuMsPerRequest} ms/req, baseline ${base.load.serverCpuMsPerRequest}` : "";
    const rounds = p.rounds ? `median of ${p.rounds.length} rounds: ${runsOf(p.rounds, (l) => l.rps)}` : "";
    const ratioText = p.ratios?.length ? `${ratio.toFixed(2)}× (median of ${p.ratios.map((x) => x.toFixed(2)).join(" · ")})` : `${ratio.toFixed(2)}×`;
    checks.push({ group: p.name, figure: "req/s", measured: `${p.load.rps} (${rounds}${cpu})`, target: "≥ 0.9× baseline", ratio: ratioText, verdict: ratio >= 0.9 && clean ? "pass" : "fail", note: clean ? undefined : `${p.load.non2xx} non-2xx, ${p.load.errors} errors`, floor: refStatic ? `static page ${refStatic.rps} (${(refStatic.rps / baseRps).toFixed(2)}×)` : undefined });
    // Against the worst of the baseline runs that open the rounds: as many draws as the page had.
    const baseP99 = base?.status === "ok" ? (base.rounds ? Math.max(...base.rounds.slice(0, p.rounds?.length ?? base.rounds.length).map((l) => l.p99)) : base.load.p99) : undefined;
    checks.push({ group: p.name, figure: "p99 latency", measured: `${p.load.p99} ms${p.rounds ? ` (worst of ${p.rounds.length} rounds: ${runsOf(p.rounds, (l) => l.p99)})` : ""}`, target: "≤ 100 ms", ratio: baseP99 ? `${(p.load.p99 / baseP99).toFixed(2)}×` : undefined, verdict: p.load.p99 <= 100 ? "pass" : "fail", floor: refStatic ? `static page ${refStatic.p99} ms` : undefined, floorFails: refStatic ? refStatic.p99 > 100 : undefined });
  }

  const s = byKey.get("search")!;
  if (s.status === "ok" && r.searchLatency) {
    const fl = r.refDynamicLatency;
    checks.push({ group: s.name, figure: `p95 server time (${r.searchLatency.source === "server-timing" ? "Server-Timing" : `client-observed at ${r.searchLatency.concurrency} connections`})`, measured: `${r.searchLatency.p95} ms`, target: "≤ 50 ms", verdict: r.searchLatency.p95 <= 50 ? "pass" : "fail", floor: fl ? `page rendered per request: ${fl.p95} ms` : undefined, floorFails: fl ? fl.p95 > 50 : undefined });
    checks.push({ group: s.name, figure: "req/s at 50 connections (info)", measured: `${s.load.rps} (p99 ${s.load.p99} ms)`, target: "—", ratio: `${(s.load.rps / baseRps).toFixed(2)}×`, verdict: "pass" });
  } else checks.push(na(s.name, "p95 server time", "≤ 50 ms"));

  const o = byKey.get("orders")!;
  if (o.status === "ok") {
    const clean = o.load.non2xx === 0 && o.load.errors === 0;
    checks.push({ group: o.name, figure: "req/s", measured: `${o.load.rps}`, target: "≥ 150", ratio: `${(o.load.rps / baseRps).toFixed(2)}×`, verdict: o.load.rps >= 150 && clean ? "pass" : "fail", note: clean ? "the real list: 20 orders per page of a buyer with 500 orders, session and the list's reads checked against the database on every request, the rendering sent from memory while they are unchanged" : `${o.load.non2xx} non-2xx`, floor: refDynamic ? `page rendered per request, no database: ${refDynamic.rps}` : undefined, floorFails: refDynamic ? refDynamic.rps < 150 : undefined });
    checks.push({ group: o.name, figure: "p99 latency", measured: `${o.load.p99} ms`, target: "≤ 500 ms", verdict: o.load.p99 <= 500 ? "pass" : "fail", floor: refDynamic ? `${refDynamic.p99} ms` : undefined, floorFails: refDynamic ? refDynamic.p99 > 500 : undefined });
    const rendered = byKey.get("orders-render");
    if (rendered?.status === "ok") checks.push({ group: o.name, figure: "rendered on every request (info)", measured: `${rendered.load.rps} req/s (p99 ${rendered.load.p99} ms, server CPU ${rendered.load.serverCpuMsPerRequest ?? "?"} ms/req)`, target: "—", verdict: "pass", note: "what a first visit, or one after a change, costs" });
  } else {
    checks.push({ ...na(o.name, "req/s", "≥ 150", o.detail), verdict: o.status === "error" ? "fail" : "n/a" });
  }

  if (r.checkout.available) {
    for (const sc of r.checkout.scenarios) {
      const g = `checkout: ${sc.name}`;
      checks.push({ group: g, figure: "orders/s", measured: `${sc.ordersPerS} (${sc.wallMs} ms for ${sc.buyers} buyers)`, target: "≥ 100", verdict: sc.ordersPerS >= 100 ? "pass" : "fail" });
      checks.push({ group: g, figure: "orders for 100 units", measured: `${sc.orders} orders, ${sc.unitsOrdered} units`, target: "exactly 100", verdict: sc.orders === 100 && sc.unitsOrdered === 100 ? "pass" : "fail" });
      checks.push({ group: g, figure: "oversold", measured: `${sc.oversold}${sc.stockConsistent ? "" : " (stock counters inconsistent)"}`, target: "0", verdict: sc.oversold === 0 && sc.stockConsistent ? "pass" : "fail" });
      checks.push({ group: g, figure: "errors other than sold out", measured: `${sc.otherErrors} (sold out: ${sc.soldOut})`, target: "0", verdict: sc.otherErrors === 0 ? "pass" : "fail", note: sc.errorSamples.join("; ") || undefined });
    }
  } else {
    checks.push(na("checkout", "orders/s, exactly 100 orders, 0 oversold, 0 other errors", "≥ 100 orders/s; 100; 0; 0", r.checkout.reason));
  }

  // First-load JS: the build's manifest for the route of each page.
  const routeOf = (re: RegExp) => r.bundles.routes.find((b) => re.test(b.route));
  const refJs = r.bundles.reference.bundle;
  const jsFloor = refJs ? { floor: `${kb(refJs.jsGzipBytes)} (${refJs.jsFiles} files)`, floorFails: refJs.jsGzipBytes > 120 * 1024 } : {};
  const jsTargets: [string, RegExp, boolean][] = [
    ["home", /^\/\[locale\]$/, false],
    ["catalog", /^\/\[locale\]\/products$/, true],
    ["product page", /^\/\[locale\]\/products\/\[[^\]]+\]$/, true],
    ["job board", /^\/\[locale\]\/jobs$/, true],
    ["job page", /^\/\[locale\]\/jobs\/\[[^\]]+\]$/, true],
  ];
  for (const [name, re, targeted] of jsTargets) {
    const b = routeOf(re);
    if (!b) checks.push(na(`first-load JS: ${name}`, "JS gzip", targeted ? "≤ 120 KB" : "reference"));
    else checks.push({ group: `first-load JS: ${name}`, figure: `JS gzip (${b.route}, ${b.jsFiles} files)`, measured: `${kb(b.jsGzipBytes)} (brotli, as \`npm start\` sends it to browsers: ${kb(b.jsBrotliBytes)})`, target: targeted ? "≤ 120 KB" : "(reference) ≤ 120 KB", verdict: b.jsGzipBytes <= 120 * 1024 ? "pass" : "fail", ...jsFloor });
  }
  const cat = r.bundles.weights.catalog;
  if (cat) {
    const rw = r.bundles.reference.weight;
    // The target counts what is transferred: what Chromium received loading the page (Lighthouse's median run) when
    // that was measured, else the gzip of the same files (what a client without brotli receives, headers aside).
    const receivedOf = (lh: Lh[string] | undefined) => (lh && !("error" in lh) && lh.transferBytesBeforeImages !== undefined ? { bytes: lh.transferBytesBeforeImages, requests: lh.transferRequestsBeforeImages ?? 0 } : undefined);
    const received = receivedOf(r.lighthouse.catalog);
    const refReceived = receivedOf(r.lighthouse.reference);
    const gzipText = `${kb(cat.totalGzipBytes)} (HTML ${kb(cat.htmlGzipBytes)}, CSS ${kb(cat.cssGzipBytes)}, JS ${kb(cat.jsGzipBytes)})`;
    const counted = received ? received.bytes : cat.totalGzipBytes;
    const refGzip = rw ? `${kb(rw.totalGzipBytes)} gzip (HTML ${kb(rw.htmlGzipBytes)}, JS ${kb(rw.jsGzipBytes)})` : undefined;
    checks.push({
      group: "catalog transfer",
      figure: received ? "bytes Chromium received before images (Lighthouse, headers included), and HTML + CSS + JS gzip" : "HTML + CSS + JS gzip, before images",
      measured: received ? `${kb(received.bytes)} in ${received.requests} requests; gzip ${gzipText}` : gzipText,
      target: "≤ 150 KB",
      verdict: counted <= 150 * 1024 ? "pass" : "fail",
      // The same measure for the bare app's static page.
      floor: received && refReceived ? `static page received ${kb(refReceived.bytes)}${refGzip ? `; ${refGzip}` : ""}` : refGzip ? `static page ${refGzip}` : undefined,
      floorFails: received && refReceived ? refReceived.bytes > 150 * 1024 : rw ? rw.totalGzipBytes > 150 * 1024 : undefined,
    });
  } else {
    const home = r.bundles.weights.home;
    checks.push({ ...na("catalog transfer", "HTML + CSS + JS gzip", "≤ 150 KB"), note: `catalog not on this branch${home ? `; home page for reference: ${kb(home.totalGzipBytes)}` : ""}` });
  }

  const pagesForAudit: [string, string][] = [
    ["home", "home"],
    ["catalog", "catalog"],
    ["product", "product page"],
    ["jobs", "job board"],
    ["job", "job page"],
  ];
  const refLh = r.lighthouse.reference;
  const lhFloor = refLh && !("error" in refLh) ? { floor: `${refLh.performance} / ${refLh.accessibility} / ${refLh.bestPractices} / ${refLh.seo} (TBT ${refLh.tbtMs} ms, LCP ${refLh.lcpMs} ms)`, floorFails: refLh.performance < 95 } : {};
  for (const [key, name] of pagesForAudit) {
    const lh = r.lighthouse[key];
    if (!lh) checks.push(na(`Lighthouse: ${name}`, "perf / a11y / best practices / SEO", "≥ 95 / 100 / ≥ 95 / ≥ 95"));
    else if ("error" in lh) checks.push({ group: `Lighthouse: ${name}`, figure: "perf / a11y / best practices / SEO", measured: "error", target: "≥ 95 / 100 / ≥ 95 / ≥ 95", verdict: "fail", note: lh.error });
    else {
      const ok = lh.performance >= 95 && lh.accessibility === 100 && lh.bestPractices >= 95 && lh.seo >= 95;
      // The reference only speaks for performance: its a11y/SEO scores say nothing about our pages.
      const perfOnly = lh.accessibility === 100 && lh.bestPractices >= 95 && lh.seo >= 95;
      checks.push({ group: `Lighthouse: ${name}`, figure: "perf / a11y / best practices / SEO", measured: `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`, target: "≥ 95 / 100 / ≥ 95 / ≥ 95", verdict: ok ? "pass" : "fail", note: ok ? undefined : `failing audits: ${lh.failing.join(", ")}`, ...lhFloor, floorFails: perfOnly && "floorFails" in lhFloor ? lhFloor.floorFails : false });
    }
    const ax = r.axe[key];
    if (!ax) checks.push(na(`axe: ${name}`, "violations", "0"));
    else if ("error" in ax) checks.push({ group: `axe: ${name}`, figure: "violations", measured: "error", target: "0", verdict: "fail", note: ax.error });
    else checks.push({ group: `axe: ${name}`, figure: "violations", measured: `${ax.violations}${ax.ids.length ? ` (${ax.ids.join(", ")})` : ""}`, target: "0", verdict: ax.violations === 0 ? "pass" : "fail" });
  }
  return checks;
}

function extraSections(r: {
  results: PageResult[];
  proxy: import("./proxy-cost").ProxyCost[];
  bundles: Bundles;
  lighthouse: Lh;
  axe: Axe;
  explain: import("./db").ExplainResult[];
  phases: Record<string, number>;
}): string[] {
  const out: string[] = [];
  out.push("### All HTTP runs", "", "The baseline and the public pages: medians of their rounds (p99: the worst round). Every run: 50 connections.", "", "| page | path | status | req/s | p50 ms | p90 ms | p99 ms | server CPU ms/req | bytes/resp | non-2xx |", "|---|---|---|---|---|---|---|---|---|---|");
  for (const p of r.results) {
    const shown = p.path.length > 48 ? `${p.path.slice(0, 45)}…` : p.path;
    if (p.status === "ok") out.push(`| ${p.name} | \`${shown}\` | 200 | ${p.load.rps}${p.rounds ? ` (median of ${p.rounds.map((l) => l.rps).join(" · ")})` : ""} | ${p.load.p50} | ${p.load.p90} | ${p.load.p99} | ${p.load.serverCpuMsPerRequest ?? "–"} | ${p.load.bytesPerRequest} | ${p.load.non2xx} |`);
    else out.push(`| ${p.name} | \`${shown}\` | ${p.status} (${p.http}) | | | | | | | |`);
  }
  out.push("", "### Proxy (proxy.ts) CPU per request, in-process", "", "| path | µs per call | outcome |", "|---|---|---|");
  for (const p of r.proxy) out.push(`| \`${p.path}\` | ${p.usPerCall} | ${p.outcome} |`);
  out.push("", "### First-load JS per route (from the build manifests, gzip level 6)", "", "| route | JS files | JS gzip | of which Next/React runtime | JS brotli (sent to browsers) | JS raw | CSS gzip |", "|---|---|---|---|---|---|---|");
  for (const b of r.bundles.routes) out.push(`| \`${b.route}\` | ${b.jsFiles} | ${kb(b.jsGzipBytes)} | ${kb(b.frameworkGzipBytes)} | ${kb(b.jsBrotliBytes)} | ${kb(b.jsRawBytes)} | ${kb(b.cssGzipBytes)} |`);
  out.push("", "### First visit transfer per measured page (from the served HTML)", "", "| page | HTML gzip | CSS gzip | JS gzip | total |", "|---|---|---|---|---|");
  const weights = Object.entries(r.bundles.weights);
  if (r.bundles.reference.weight) weights.push(["bare Next.js static page (reference app)", r.bundles.reference.weight]);
  for (const [k, w] of weights) out.push(`| ${k} | ${kb(w.htmlGzipBytes)} | ${kb(w.cssGzipBytes)} | ${kb(w.jsGzipBytes)} (${w.scripts.length} scripts) | ${kb(w.totalGzipBytes)} |`);
  out.push("", "### Lighthouse (mobile) and axe", "", "Each page: the median of its Lighthouse runs (Lighthouse's computeMedianRun); \"perf runs\" lists every run's performance score, \"CPU index\" Lighthouse's benchmarkIndex of the machine in each run (higher is faster: Lighthouse's simulated 4× CPU slowdown multiplies the main-thread work it observed at the speed the cores had then).", "", "| page | perf | perf runs | CPU index | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | received before images | audits below 0.9 | axe |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const [k, v] of Object.entries(r.lighthouse)) {
    const ax = r.axe[k];
    const axs = !ax ? "" : "error" in ax ? "error" : ax.violations ? ax.ids.join(", ") : "0";
    if ("error" in v) out.push(`| ${k} | error: ${esc(v.error)} | | | | | | | | | | | ${axs} |`);
    else out.push(`| ${k} | ${v.performance} | ${(v.performanceRuns ?? []).join(", ")} | ${(v.benchmarkIndexRuns ?? []).join(", ")} | ${v.accessibility} | ${v.bestPractices} | ${v.seo} | ${v.lcpMs} | ${v.tbtMs} | ${v.cls} | ${typeof v.transferBytesBeforeImages === "number" ? `${kb(v.transferBytesBeforeImages)} (${v.transferRequestsBeforeImages} requests)` : "–"} | ${v.failing.join(", ")} | ${axs} |`);
  }
  out.push("", "### Reference queries on the bench data (EXPLAIN ANALYZE)", "", "| query | execution ms | plan (top nodes) |", "|---|---|---|");
  for (const e of r.explain) {
    const nodes = e.plan.split("\n").filter((l) => /Scan|Sort|Join|Aggregate/.test(l)).map((l) => l.trim().replace(/\s*\(cost=.*$/, "").replace(/^->\s*/, "")).slice(0, 4).join(" → ");
    out.push(`| ${e.name} | ${e.executionMs.toFixed(1)} | ${esc(nodes)} |`);
  }
  out.push("", `Phase timings (s): ${Object.entries(r.phases).map(([k, v]) => `${k} ${v}`).join(" · ")}`);
  return out;
}

const esc = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

await main();
