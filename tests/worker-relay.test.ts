import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BROADCAST_TIMEOUT_MS } from "../lib/worker-relay.mjs";

type Event = { worker: number; event: "applied" | "resolved"; at: number; sentAt?: number; payload?: unknown };

function runCluster(scenario: "slow-sibling" | "dying-sibling"): Event[] {
  const run = spawnSync(process.execPath, [path.resolve("tests/fixtures/relay-cluster.mjs")], { env: { ...process.env, SCENARIO: scenario }, encoding: "utf8", timeout: 20_000 });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Event[];
}

// The invariant scripts/start.mjs and lib/cache-handler.mjs rely on: when a worker's broadcast resolves, every other
// live worker has applied it (so a write's response never precedes a sibling still serving the old page).
describe("messages between the server processes (lib/worker-relay.mjs)", () => {
  it("a broadcast resolves only after every other worker has applied it, the slowest included", () => {
    const events = runCluster("slow-sibling");
    const applied = events.filter((e) => e.event === "applied");
    const resolved = events.find((e) => e.event === "resolved")!;
    expect(applied.map((e) => e.worker).sort()).toEqual([2, 3]); // the sender does not apply its own broadcast
    for (const e of applied) expect(e.payload).toEqual({ tags: ["products", "product:1"] });
    for (const e of applied) expect(resolved.at).toBeGreaterThanOrEqual(e.at);
    expect(resolved.at - resolved.sentAt!).toBeGreaterThanOrEqual(300); // it waited for worker 3's slow apply
  });

  it("a worker that exits instead of answering does not hold the sender up to the timeout", () => {
    const events = runCluster("dying-sibling");
    const resolved = events.find((e) => e.event === "resolved")!;
    expect(events.filter((e) => e.event === "applied").map((e) => e.worker)).toEqual([2]);
    expect(resolved.at - resolved.sentAt!).toBeLessThan(BROADCAST_TIMEOUT_MS);
  });
});
