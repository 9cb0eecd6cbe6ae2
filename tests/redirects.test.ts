import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirect } from "@/lib/auth/auth.config";

const base = "http://localhost:3000";

describe("callbackUrl stays on our origin", () => {
  it.each(["https://evil.com", "//evil.com", "/\\evil.com", "\\\\evil.com", "javascript:alert(1)", "http://localhost:3000.evil.com/x"])("rejects %s", (url) => {
    expect(safeRedirect(url, base)).toBe(base);
    expect(safeCallbackPath(url)).toBeNull();
  });

  it("keeps our own paths", () => {
    expect(safeRedirect("/orders?tab=1", base)).toBe("http://localhost:3000/orders?tab=1");
    expect(safeRedirect("http://localhost:3000/producer", base)).toBe("http://localhost:3000/producer");
    expect(safeCallbackPath("/en/jobs/1?x=2")).toBe("/en/jobs/1?x=2");
  });
});
