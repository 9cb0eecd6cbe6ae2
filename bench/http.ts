/** HTTP measurements against the bench server: autocannon load runs, low-concurrency latency samples, sign-in. */
import http from "node:http";
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerRequest: number;
  connections: number;
  durationS: number;
  /** The server's CPU time (all its processes, ms) per request of the measured run, when `serverCpuMs` was given. */
  serverCpuMsPerRequest?: number;
}

export async function probe(url: string, headers: Record<string, string> = {}): Promise<{ status: number; location: string | null; headers: Headers; body: string }> {
  const res = await fetch(url, { headers, redirect: "manual" });
  return { status: res.status, location: res.headers.get("location"), headers: res.headers, body: await res.text() };
}

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * autocannon keeps each response's body as a string (`body += chunk` in its PipelinedRequestsQueue, for its
 * `expectBody` option and `response` events, neither used here): a UTF-8 decode and copy of every compressed body.
 * On 2026-11-29 that cost the load generator 0.08 ms per /about response (4.5 KB gzip) and 0.20 ms per catalog
 * response (8.2 KB gzip), more than the server spent serving either (0.06-0.07 ms): the req/s of a cached page measured the load
 * generator decoding bytes, so a larger page scored a lower ratio whatever the server did. Received bytes are still
 * counted (autocannon counts them per socket read, before parsing); only the unused string is not built.
 */
function dropBodies(client: unknown): void {
  const queue = (client as { pipelinedRequests?: { addBody?: (data: Buffer) => void } }).pipelinedRequests;
  if (typeof queue?.addBody !== "function") throw new Error("autocannon's client no longer has pipelinedRequests.addBody: review dropBodies (bench/http.ts)");
  queue.addBody = () => {};
}

/** Warm-up (fills caches, JITs the render path), then the measured run. Loopback only; bounded in time. */
export async function load(url: string, opts: { connections: number; durationS: number; warmupS: number; headers?: Record<string, string>; serverCpuMs?: () => number | undefined; keepBodies?: boolean }): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  const base = { url, headers: opts.headers ?? {}, timeout: 10, ...(opts.keepBodies ? {} : { setupClient: dropBodies }) };
  if (opts.warmupS > 0) await cannon({ ...base, connections: opts.connections, duration: opts.warmupS });
  const cpuBefore = opts.serverCpuMs?.();
  const r = await cannon({ ...base, connections: opts.connections, duration: opts.durationS });
  const cpuAfter = opts.serverCpuMs?.();
  return {
    serverCpuMsPerRequest: cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total ? round((cpuAfter - cpuBefore) / r.requests.total, 3) : undefined,
    rps: round(r.requests.average, 1),
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    bytesPerRequest: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    connections: opts.connections,
    durationS: opts.durationS,
  };
}

export interface LatencySample {
  n: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  source: "server-timing" | "client";
}

/**
 * Low-concurrency latency sample: `concurrency` keep-alive loops for `durationMs` (at most `maxRequests`).
 * If the response carries a Server-Timing header with a total (`total;dur=` or the first `dur=`), that is used
 * (server time); otherwise the client-observed time on loopback at low concurrency, which is server time plus
 * well under a millisecond of loopback and client overhead.
 */
export async function latencySample(url: string, opts: { concurrency: number; durationMs: number; maxRequests: number; headers?: Record<string, string> }): Promise<LatencySample> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency });
  const client: number[] = [];
  const server: number[] = [];
  const deadline = performance.now() + opts.durationMs;
  let started = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const t0 = performance.now();
      const req = http.get(url, { agent, headers: opts.headers }, (res) => {
        res.on("data", () => {});
        res.on("end", () => {
          client.push(performance.now() - t0);
          const st = res.headers["server-timing"];
          if (typeof st === "string") {
            const m = /total;[^,]*dur=([\d.]+)/.exec(st) ?? /dur=([\d.]+)/.exec(st);
            if (m) server.push(Number(m[1]));
          }
          resolve();
        });
        res.on("error", reject);
      });
      req.on("error", reject);
    });
  const loop = async () => {
    while (performance.now() < deadline && started < opts.maxRequests) {
      started++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  agent.destroy();
  const useServer = server.length === client.length && server.length > 0;
  const xs = (useServer ? server : client).sort((a, b) => a - b);
  return { n: xs.length, concurrency: opts.concurrency, p50: round(pct(xs, 50), 1), p95: round(pct(xs, 95), 1), p99: round(pct(xs, 99), 1), source: useServer ? "server-timing" : "client" };
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/**
 * Sign in over HTTP like a browser: GET /api/auth/csrf, then POST the credentials form. Returns the Cookie
 * header to send (session token). A fixed X-Forwarded-For keeps the bench's own client address apart; the
 * throttle only counts failures, so repeated successful runs never lock the demo account.
 */
export async function signIn(origin: string, identifier: string, password: string): Promise<string> {
  const xff = { "X-Forwarded-For": "10.61.0.1" };
  const csrfRes = await fetch(`${origin}/api/auth/csrf`, { headers: xff });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiesOf(csrfRes);
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...xff, "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ identifier, password, csrfToken, callbackUrl: "/" }).toString(),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  if (!session.length) throw new Error(`sign-in as ${identifier} failed: HTTP ${res.status} → ${res.headers.get("location")}`);
  return session.join("; ");
}
