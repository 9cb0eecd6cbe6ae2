import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en, zhCN } from "@/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("English has exactly the keys of Chinese", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
  it("names every action the audit log records (the admin's audit page shows the raw name otherwise)", () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
    const recorded = new Set<string>();
    for (const file of sources(path.resolve("lib"))) {
      for (const call of fs.readFileSync(file, "utf8").matchAll(/\baction: ([^\n]*)/g)) {
        for (const name of call[1]!.matchAll(/"([a-z_]+\.[a-z_]+)"/g)) recorded.add(name[1]!);
      }
    }
    expect(recorded.size).toBeGreaterThan(15);
    const named = (cat: typeof zhCN) => Object.keys((cat as unknown as { admin: { audit: { actions: Record<string, string> } } }).admin.audit.actions);
    for (const cat of [zhCN, en]) expect([...recorded].map((a) => a.replace(".", "_")).filter((a) => !named(cat).includes(a))).toEqual([]);
  });

  it("no message is empty", () => {
    for (const cat of [en, zhCN]) {
      for (const k of keys(cat)) {
        const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], cat);
        expect(typeof v === "string" && v.trim().length > 0, k).toBe(true);
      }
    }
  });
});
