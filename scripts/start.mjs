/**
 * `npm start`: the production server, one process per core. Options: `-p`/`--port` (default $PORT or 3000),
 * `-H`/`--hostname` (default all interfaces), `--keepAliveTimeout` (ms).
 *
 * Node runs JavaScript on one core: on the 2-core machines we deploy to, a single `next start` leaves the second
 * core to the database and the kernel while pages that must be rendered per request (a buyer's orders) queue up.
 * So, with PostgreSQL (DATABASE_URL), node:cluster runs one worker per core on the same port, and the primary only
 * hands out connections and relays cache-tag invalidations between workers (lib/worker-relay.mjs,
 * lib/cache-handler.mjs). Embedded PGlite allows one process per data directory, so without DATABASE_URL there is
 * one process, as before. WEB_CONCURRENCY sets the number of workers.
 *
 * Each process serves Next's request handler (the same router `next start` runs) from its own HTTP server, behind
 * lib/response-cache.mjs: compression and ETags once per cached page instead of once per request, public pages
 * answered from memory for up to a minute, dropped by any cache-tag invalidation, and the signed-in pages
 * lib/private-pages.ts lists answered from memory while what they show for that user is unchanged.
 *
 * Workers run migrations and the demo seed one at a time (an advisory lock in lib/startup.ts). A worker that exits
 * before the server was first ready (bad configuration, database unreachable) stops the whole server with its exit
 * code; after that, one that dies is replaced.
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

/** @param {string[]} argv */
function serverOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, keepAliveTimeout: { type: "string" } },
    strict: true,
  });
  const port = Number.parseInt(values.port ?? process.env.PORT ?? "3000", 10);
  const keepAliveTimeout = values.keepAliveTimeout === undefined ? undefined : Number.parseInt(values.keepAliveTimeout, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${values.port}`);
  if (keepAliveTimeout !== undefined && !(keepAliveTimeout >= 0)) throw new Error(`invalid keepAliveTimeout: ${values.keepAliveTimeout}`);
  return { port, hostname: values.hostname, keepAliveTimeout };
}

/** @param {NodeJS.ProcessEnv} env */
function workerCount(env) {
  const asked = Number.parseInt(env.WEB_CONCURRENCY ?? "", 10);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  // At most 8 by default: more processes per host gain little, and each holds database connections (db/client.ts).
  return env.DATABASE_URL ? Math.min(8, os.availableParallelism()) : 1;
}

/** One server process: Next's handler behind our compression, on `port` (shared by the cluster's workers). */
async function serve() {
  const { port, hostname, keepAliveTimeout } = serverOptions(process.argv.slice(2));
  process.env.NODE_ENV ||= "production";
  // next.config.js leaves compression and ETags to this server when it sees this.
  process.env.XIANGJI_HTTP_COMPRESSION = "server";
  // As `next start` sets them: Next fetches the target of a server action's redirect from this address (its own),
  // not from whatever Host the request came with (behind a reverse proxy, the public name).
  const ownHost = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname.includes(":") ? `[${hostname}]` : hostname;
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${ownHost}:${port}`;
  const [{ default: next }, { createResponseCache }] = await Promise.all([import("next"), import("../lib/response-cache.mjs")]);
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const responses = createResponseCache();
  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  const render = (req, res) => {
    responses.capture(req, res);
    responses.rendering(req, () => handle(req, res)).catch((error) => {
      console.error(error);
      responses.discard(req);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
  const server = http.createServer((req, res) => {
    if (responses.serveKept(req, res)) return;
    const answered = responses.servePrivate(req, res);
    if (answered === undefined) render(req, res);
    else
      answered
        .then((done) => done || render(req, res))
        .catch((error) => {
          // Only a fault of this server's own code gets here (a version that cannot be read renders instead).
          console.error(error);
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
  });
  if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, hostname, () => resolve(undefined)));
  if (!cluster.isWorker) console.log(`[xiangji] listening on http://${hostname ?? "localhost"}:${port}`);
  // Stop taking connections, let requests in flight finish (at most 10 s), then exit.
  const close = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", close);
  process.once("SIGINT", close);
}

if (cluster.isWorker) {
  // Subscribed before Next serves anything, so every broadcast finds this worker able to apply and confirm it.
  const [{ onBroadcast }, { recordInvalidatedTags }] = await Promise.all([import("../lib/worker-relay.mjs"), import("../lib/cache-handler.mjs")]);
  onBroadcast(recordInvalidatedTags);
  await serve();
} else {
  const workers = workerCount(process.env);
  if (workers === 1) {
    await serve();
  } else {
    const { onWorkerReady, relayBetweenWorkers } = await import("../lib/worker-relay.mjs");
    relayBetweenWorkers(cluster);
    // Each worker sizes its share of database connections by the number of processes (db/client.ts).
    const workerEnv = { XIANGJI_SERVER_PROCESSES: String(workers) };
    /** Workers that have started (lib/startup.ts announces it); `everReady` once the first `workers` of them have. */
    const started = new Set();
    let everReady = false;
    let stopping = false;
    onWorkerReady(cluster, (worker) => {
      started.add(worker.id);
      if (everReady || started.size < workers) return;
      everReady = true;
      console.log(`[xiangji] ${workers} server processes ready (primary pid ${process.pid})`);
    });
    let listening = 0;
    cluster.on("listening", (_worker, address) => {
      if (++listening === workers) console.log(`[xiangji] ${workers} server processes listening on port ${address.port}`);
    });
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
        return;
      }
      // Before the server has ever been ready, an exit means it cannot start (configuration, database): stop.
      // Afterwards the configuration is known to work, so a replacement that fails too (say, the database restarting)
      // is tried again a second later instead of taking the whole server down.
      if (!started.has(worker.id) && !everReady) {
        console.error(`[xiangji] a server process exited during start-up (${signal ?? `code ${code}`}): stopping`);
        stop(code || 1);
        return;
      }
      console.error(`[xiangji] server process ${worker.process.pid} exited (${signal ?? `code ${code}`}): starting another`);
      if (started.has(worker.id)) cluster.fork(workerEnv);
      else setTimeout(() => stopping || cluster.fork(workerEnv), 1000);
    });
    /** Stop every worker, then exit with `code`. @param {number} code */
    const stop = (code) => {
      if (stopping) return;
      stopping = true;
      process.exitCode = code;
      const alive = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
      if (alive.length === 0) process.exit();
      for (const w of alive) w?.process.kill("SIGTERM");
      setTimeout(() => process.exit(), 10_000).unref();
    };
    for (const sig of /** @type {const} */ (["SIGTERM", "SIGINT"])) process.on(sig, () => stop(0));
    cluster.setupPrimary({ exec: fileURLToPath(import.meta.url), args: process.argv.slice(2) });
    for (let i = 0; i < workers; i++) cluster.fork(workerEnv);
  }
}
