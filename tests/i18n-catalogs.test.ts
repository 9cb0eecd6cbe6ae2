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
  it("no message is empty", () => {
    for (const cat of [en, zhCN]) {
      for (const k of keys(cat)) {
        const v = k.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], cat);
        expect(typeof v === "string" && v.trim().length > 0, k).toBe(true);
      }
    }
  });
});
