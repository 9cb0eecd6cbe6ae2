/**
 * The bare Next.js reference app (bench/reference/): built and served in the same run as XiangJi, so each
 * target is read next to what Next.js alone costs on this machine at this hour — a static page, a page rendered
 * per request without a database, their first-load JS and their Lighthouse score.
 *
 * It is built from a copy in the OS temp folder, with a link to the project's node_modules: Turbopack looks for
 * instrumentation.ts and proxy.ts in the folders above an app, so built in place it would take in the project's own.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SOURCE = path.resolve("bench/reference");

export interface ReferenceBuild {
  dir: string;
  nextDir: string;
}

export async function buildReference(): Promise<ReferenceBuild> {
  const dir = path.join(os.tmpdir(), `xiangji-bench-reference-${process.getuid?.() ?? "u"}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(SOURCE, dir, { recursive: true, filter: (src) => !/[\\/](\.next|node_modules)$/.test(src) && !src.endsWith("next-env.d.ts") });
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  let out = "";
  const child = spawn(path.resolve("node_modules/.bin/next"), ["build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`reference app: next build failed (exit ${code}):\n${out.slice(-3000)}`);
  return { dir, nextDir: path.join(dir, ".next") };
}

export function removeReference(build: ReferenceBuild | undefined): void {
  if (build) fs.rmSync(build.dir, { recursive: true, force: true });
}
