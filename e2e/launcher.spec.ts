import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// scripts/start.mjs (`npm start`) with several server processes: one that cannot start (here: production without its
// secrets) must stop the whole server with its exit code and message, not be restarted over and over.
test("a server process that cannot start stops the whole server, with the reason and exit code 1", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "xiangji-launcher-"));
  try {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", WEB_CONCURRENCY: "2", XIANGJI_DATA_DIR: dataDir };
    const child = spawn(process.execPath, [path.resolve("scripts/start.mjs"), "-p", "3109"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += String(b)));
    child.stderr.on("data", (b: Buffer) => (out += String(b)));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(out).toContain("AUTH_SECRET");
    expect(out).toContain("a server process exited during start-up");
    expect(out).not.toContain("starting another");
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
