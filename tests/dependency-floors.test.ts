/**
 * The installed versions (node_modules, not package.json ranges) stay at or above the security floors of
 * /work/shared/SECURITY-CHECKLIST.md: a downgrade or a lockfile regression fails here before it ships.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function installed(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.resolve("node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

/** Semver precedence: major.minor.patch numerically, then a release above its prereleases, then prerelease parts. */
function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [main, pre] = v.split("+")[0]!.split(/-(.*)/s);
    return { nums: main!.split(".").map(Number), pre: pre ? pre.split(".") : [] };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const [p, q] = [x.pre[i], y.pre[i]];
    if (p === q) continue;
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const [pn, qn] = [/^\d+$/.test(p), /^\d+$/.test(q)];
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

describe("compareVersions", () => {
  it("orders versions as semver does", () => {
    const ascending = ["0.45.1", "0.45.2", "0.45.10", "5.0.0-beta.9", "5.0.0-beta.31", "5.0.0-beta.32", "5.0.0-rc.1", "5.0.0", "16.3.3", "16.10.0"];
    for (let i = 1; i < ascending.length; i++) {
      expect(compareVersions(ascending[i - 1]!, ascending[i]!), `${ascending[i - 1]} < ${ascending[i]}`).toBeLessThan(0);
      expect(compareVersions(ascending[i]!, ascending[i - 1]!), `${ascending[i]} > ${ascending[i - 1]}`).toBeGreaterThan(0);
    }
    expect(compareVersions("5.0.0-beta.32", "5.0.0-beta.32")).toBe(0);
    expect(compareVersions("1.0.0-alpha", "1.0.0-alpha.1")).toBeLessThan(0);
    expect(compareVersions("1.0.0-alpha.1", "1.0.0-alpha.beta")).toBeLessThan(0);
  });
});

describe("installed dependencies meet the security floors", () => {
  it.each([
    ["next", "16.3.3"], // GHSA-2xp9-vwfh-vxw4: image optimizer RCE
    ["next-auth", "5.0.0-beta.32"], // GHSA-8fpg-xm3f-6cx3: fail-open session checks
    ["@auth/core", "0.41.3"], // the same advisory, in the core next-auth builds on
    ["drizzle-orm", "0.45.2"], // CVE-2026-39356: sql.identifier injection
    ["sharp", "0.35.4"],
  ])("%s >= %s", (pkg, floor) => {
    const version = installed(pkg);
    expect(compareVersions(version, floor), `${pkg} ${version} is below ${floor}`).toBeGreaterThanOrEqual(0);
  });

  it("react and react-dom are one 19.x release (the server components runtime itself ships inside next)", () => {
    const react = installed("react");
    expect(installed("react-dom")).toBe(react);
    expect(compareVersions(react, "19.0.0")).toBeGreaterThanOrEqual(0);
    expect(compareVersions(react, "20.0.0-0")).toBeLessThan(0);
  });
});
