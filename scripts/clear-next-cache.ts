/**
 * Forget every cached page and cached query result of the built app (Next keeps them across restarts
 * and even across builds): needed whenever the server starts on a different database.
 */
import fs from "node:fs";
import path from "node:path";

export function clearNextDataCaches(distDir = ".next"): void {
  for (const dir of ["cache/fetch-cache", "server/route-cache"]) {
    fs.rmSync(path.resolve(distDir, dir), { recursive: true, force: true });
  }
}
