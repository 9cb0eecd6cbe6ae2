import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-lock-"));
const env = { ...process.env, XIANGJI_DATA_DIR: dataDir };
const script = path.resolve("tests/fixtures/pglite-holder.ts");
// node --import tsx: one process, so the pid we kill is the pid holding the lock.
const node = process.execPath;
const run = (mode: string) => ["--import", "tsx", script, mode];

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("one process per PGlite directory", () => {
  it("a second process fails with a clear message and no write is lost", async () => {
    const holder = spawn(node, run("hold"), { env, stdio: ["ignore", "pipe", "pipe"] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = "";
        holder.stdout.on("data", (d) => {
          out += String(d);
          if (out.includes("READY")) resolve();
        });
        holder.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const second = spawnSync(node, run("read"), { env, encoding: "utf8" });
      expect(second.status).toBe(3);
      expect(second.stderr).toContain("正被另一个进程");
      expect(second.stderr).toContain(`PID ${holder.pid}`);
    } finally {
      holder.kill("SIGKILL");
      await new Promise((r) => holder.once("exit", r));
    }
    // The lock of a dead process is stale: the next process takes over and sees the holder's write.
    const third = spawnSync(node, run("read"), { env, encoding: "utf8" });
    expect(third.stderr).toBe("");
    expect(third.stdout).toContain("ROWS=1");
  }, 60_000);
});
