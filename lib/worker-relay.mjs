/**
 * Messages between the server processes of one host (scripts/start.mjs runs one `next start` per core under
 * node:cluster). A worker broadcasts a payload; the primary hands it to every other worker and answers the sender
 * once each of them has applied it (or has exited). So when `broadcast()` resolves, no sibling still acts on the
 * old state: used for cache-tag invalidations (lib/cache-handler.mjs), so that once Next has finished a write's
 * revalidation, no process still serves the pages it made stale.
 *
 * Plain JavaScript: loaded natively by the launcher and by Next's runtime import of the cache handler, both in one
 * module instance per process.
 */
import cluster from "node:cluster";

const BROADCAST = "xiangji:broadcast";
const DELIVER = "xiangji:deliver";
const APPLIED = "xiangji:applied";
const DONE = "xiangji:done";
const READY = "xiangji:ready";

/** How long a sender waits for its siblings before it goes on (one that slow is stuck; the sender's own process has recorded the tags). */
export const BROADCAST_TIMEOUT_MS = 2000;

/** Worker side: tell the launcher that this process has started (configuration valid, database migrated). */
export function announceReady() {
  if (cluster.isWorker) process.send?.({ type: READY });
}

/**
 * Primary side: `then(worker)` once per worker that announces it has started.
 * @param {import("node:cluster").Cluster} primary
 * @param {(worker: import("node:cluster").Worker) => void} then
 */
export function onWorkerReady(primary, then) {
  primary.on("message", (worker, msg) => {
    if (msg?.type === READY) then(worker);
  });
}

/**
 * Primary side: relay broadcasts between workers and count their acknowledgements.
 * @param {import("node:cluster").Cluster} primary
 */
export function relayBetweenWorkers(primary = cluster) {
  /** @type {Map<string, { from: import("node:cluster").Worker, id: number, waiting: Set<number> }>} */
  const pending = new Map();
  /** @param {string} key */
  const settle = (key) => {
    const entry = pending.get(key);
    if (!entry || entry.waiting.size > 0) return;
    pending.delete(key);
    if (entry.from.isConnected()) entry.from.send({ type: DONE, id: entry.id });
  };
  primary.on("message", (worker, msg) => {
    if (msg?.type === BROADCAST) {
      const key = `${worker.id}:${msg.id}`;
      const others = Object.values(primary.workers ?? {}).filter((w) => w && w !== worker && w.isConnected());
      pending.set(key, { from: worker, id: msg.id, waiting: new Set(others.map((w) => w.id)) });
      for (const w of others) w.send({ type: DELIVER, key, payload: msg.payload });
      settle(key);
    } else if (msg?.type === APPLIED) {
      const entry = pending.get(msg.key);
      if (!entry) return;
      entry.waiting.delete(worker.id);
      settle(msg.key);
    }
  });
  // A worker that exits will never answer: nobody waits for it.
  primary.on("exit", (worker) => {
    for (const [key, entry] of pending) {
      entry.waiting.delete(worker.id);
      settle(key);
    }
  });
}

/** @type {((payload: unknown) => unknown)[]} */
const subscribers = [];
/** @type {Map<number, () => void>} */
const waiting = new Map();
let sequence = 0;
let listening = false;

function listen() {
  if (listening || !cluster.isWorker) return;
  listening = true;
  process.on("message", async (msg) => {
    if (msg?.type === DELIVER) {
      for (const apply of subscribers) {
        try {
          await apply(msg.payload);
        } catch (e) {
          console.error("[xiangji] applying a message from another server process failed:", e instanceof Error ? e.message : e);
        }
      }
      process.send?.({ type: APPLIED, key: msg.key });
    } else if (msg?.type === DONE) {
      waiting.get(msg.id)?.();
    }
  });
}

/**
 * Worker side: run `apply` for every payload another worker broadcasts. Subscribe at worker start (the launcher
 * does), before the first request, so that no broadcast finds a worker that cannot answer.
 * @param {(payload: any) => unknown} apply
 */
export function onBroadcast(apply) {
  subscribers.push(apply);
  listen();
}

/**
 * Worker side: hand `payload` to every other worker; resolves once all have applied it (at once outside a cluster).
 * @param {unknown} payload
 * @returns {Promise<void>}
 */
export function broadcast(payload) {
  if (!cluster.isWorker || !process.send) return Promise.resolve();
  listen();
  const id = ++sequence;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      console.warn(`[xiangji] other server processes did not confirm a broadcast within ${BROADCAST_TIMEOUT_MS} ms`);
      resolve();
    }, BROADCAST_TIMEOUT_MS);
    timer.unref();
    waiting.set(id, () => {
      waiting.delete(id);
      clearTimeout(timer);
      resolve();
    });
    process.send?.({ type: BROADCAST, id, payload });
  });
}
