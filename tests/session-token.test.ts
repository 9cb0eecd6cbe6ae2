import { describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionSubject } from "@/lib/auth/session";

const SECRET = "test-secret-test-secret-test-secret-0001";
const ID = "6f1c9a52-2b1e-4d4e-9a51-0c1d2e3f4a5b";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";
const mint = (opts: { salt?: string; secret?: string; maxAge?: number; sub?: unknown } = {}) =>
  encode({ token: { sub: (opts.sub ?? ID) as string, name: "测试", roles: ["buyer"] }, secret: opts.secret ?? SECRET, salt: opts.salt ?? PLAIN, maxAge: opts.maxAge ?? 3600 });

describe("the session cookie is read like Auth.js reads it", () => {
  it("a token minted by Auth.js for this cookie gives its user id", async () => {
    expect(await sessionSubject(`a=1; ${PLAIN}=${await mint()}; b=2`, { secret: SECRET, https: false })).toBe(ID);
    expect(await sessionSubject(`${SECURE}=${await mint({ salt: SECURE })}`, { secret: SECRET, https: true })).toBe(ID);
  });

  it("no cookie, a forged, tampered, foreign-secret or expired token, or a token without an id: no user", async () => {
    const good = await mint();
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    const cases = [
      "",
      `${PLAIN}=not-a-jwe`,
      `${PLAIN}=${tampered}`,
      `${PLAIN}=${await mint({ secret: "another-secret-another-secret-another-01" })}`,
      `${PLAIN}=${await mint({ maxAge: -60 })}`,
      `${PLAIN}=${await mint({ sub: 42 })}`,
    ];
    for (const cookie of cases) expect(await sessionSubject(cookie, { secret: SECRET, https: false })).toBeNull();
  });

  it("a token only opens under the cookie name it was minted for; on https only the __Secure- cookie counts", async () => {
    // Minted for the plain name, presented under the secure name (and the reverse): the key salt differs.
    expect(await sessionSubject(`${SECURE}=${await mint({ salt: PLAIN })}`, { secret: SECRET, https: true })).toBeNull();
    expect(await sessionSubject(`${PLAIN}=${await mint({ salt: SECURE })}`, { secret: SECRET, https: false })).toBeNull();
    // Over https a plain cookie (settable over http by a network attacker) is ignored even when valid.
    expect(await sessionSubject(`${PLAIN}=${await mint()}`, { secret: SECRET, https: true })).toBeNull();
  });

  it("a remembered token still stops at its expiry", async () => {
    const soon = await encode({ token: { sub: ID }, secret: SECRET, salt: PLAIN, maxAge: 2 });
    const cookie = `${PLAIN}=${soon}`;
    expect(await sessionSubject(cookie, { secret: SECRET, https: false })).toBe(ID);
    vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ["Date"] });
    try {
      expect(await sessionSubject(cookie, { secret: SECRET, https: false })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("a large token split by Auth.js into numbered chunks is put back together", async () => {
    const token = await mint();
    const mid = Math.floor(token.length / 2);
    expect(await sessionSubject(`${PLAIN}.1=${token.slice(mid)}; ${PLAIN}.0=${token.slice(0, mid)}`, { secret: SECRET, https: false })).toBe(ID);
  });
});
