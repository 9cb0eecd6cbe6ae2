import { describe, expect, it } from "vitest";
import { decryptPii, encryptPii, last4 } from "@/lib/crypto";

describe("PII encryption", () => {
  it("round-trips and never contains the plain value", () => {
    const enc = encryptPii("13812345678");
    expect(enc).not.toContain("13812345678");
    expect(decryptPii(enc)).toBe("13812345678");
    expect(encryptPii("13812345678")).not.toBe(enc); // random IV
    expect(last4("433130199001011234")).toBe("1234");
  });
  it("detects tampering", () => {
    const enc = encryptPii("433130199001011234");
    const tampered = enc.slice(0, -2) + (enc.endsWith("A") ? "BB" : "AA");
    expect(() => decryptPii(tampered)).toThrow();
  });
});
