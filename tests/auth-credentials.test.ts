import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { authThrottle, users } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/register";
import { MAX_FAILURES, pruneThrottleWindows } from "@/lib/auth/throttle";
import { translator } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/rate-limit";
import { makeUser, TEST_PASSWORD } from "./helpers/factories";

describe("sign-in credentials", () => {
  it("accepts e-mail (any case) or phone with the right password", async () => {
    const u = await makeUser({ phone: "13912345678", roles: ["seeker"] });
    const byEmail = await verifyCredentials({ identifier: u.email.toUpperCase(), password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(byEmail).toMatchObject({ ok: true, user: { id: u.id, roles: ["seeker"] } });
    const byPhone = await verifyCredentials({ identifier: "+86 139-1234-5678", password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(byPhone).toMatchObject({ ok: true, user: { id: u.id } });
  });

  it("makes the sign-in page's language the account's (notifications are written in it), only on success", async () => {
    const u = await makeUser();
    const localeOf = async () => (await (await getDb()).select({ locale: users.locale }).from(users).where(eq(users.id, u.id)))[0]!.locale;
    expect(await localeOf()).toBe("zh-CN");
    expect((await verifyCredentials({ identifier: u.email, password: "nope-12345", ip: "10.0.0.6", locale: "en" })).ok).toBe(false);
    expect(await localeOf()).toBe("zh-CN");
    expect((await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.0.0.6", locale: "fr" })).ok).toBe(true);
    expect(await localeOf()).toBe("zh-CN");
    expect((await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.0.0.6", locale: "en" })).ok).toBe(true);
    expect(await localeOf()).toBe("en");
    expect((await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.0.0.6", locale: "zh-CN" })).ok).toBe(true);
    expect(await localeOf()).toBe("zh-CN");
  });

  it("answers the same for an unknown account and a wrong password (no enumeration)", async () => {
    const u = await makeUser();
    const wrong = await verifyCredentials({ identifier: u.email, password: "nope-12345", ip: "10.0.0.2" });
    const unknown = await verifyCredentials({ identifier: "nobody@test.xiangji.cn", password: "nope-12345", ip: "10.0.0.3" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses a disabled account even with the right password", async () => {
    const u = await makeUser({ status: "disabled" });
    expect(await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.0.0.4" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses oversized and unicode-garbage passwords without throwing", async () => {
    const u = await makeUser();
    expect((await verifyCredentials({ identifier: u.email, password: "密".repeat(5000), ip: "10.0.0.5" })).ok).toBe(false);
    expect((await verifyCredentials({ identifier: u.email, password: undefined, ip: "10.0.0.5" })).ok).toBe(false);
  });

  it("throttles the 11th attempt on one account, even with the right password, and across addresses", async () => {
    const u = await makeUser();
    for (let i = 0; i < MAX_FAILURES; i++) {
      const r = await verifyCredentials({ identifier: u.email, password: `wrong-${i}`, ip: `10.1.0.${i}` });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const eleventh = await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.1.1.1" });
    expect(eleventh.ok).toBe(false);
    expect(eleventh).toMatchObject({ reason: "throttled" });
    if (!eleventh.ok && eleventh.reason === "throttled") expect(eleventh.retryAfterSec).toBeGreaterThan(500);
  });

  it("counts every spelling of one phone number against the same account, from any address", async () => {
    await makeUser({ phone: "13912340001" });
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await verifyCredentials({ identifier: "13912340001", password: `wrong-${i}`, ip: `10.3.0.${i}` })).toEqual({ ok: false, reason: "invalid" });
    }
    // Another spelling, the right password, a fresh address: still the same account's counter.
    expect(await verifyCredentials({ identifier: "+86-139-1234-0001", password: TEST_PASSWORD, ip: "10.3.1.1" })).toMatchObject({ ok: false, reason: "throttled" });
    // A success would have cleared the counter: it was never reached.
    for (const spelling of ["139 1234 0001", "13912340001", "8613912340001"]) {
      expect(await verifyCredentials({ identifier: spelling, password: TEST_PASSWORD, ip: "10.3.1.2" }), spelling).toMatchObject({ ok: false, reason: "throttled" });
    }
  });

  it("counts e-mail failures in any case and spacing against one account", async () => {
    const u = await makeUser({ phone: "13912340002" });
    for (let i = 0; i < MAX_FAILURES; i++) {
      const spelling = i % 2 ? u.email.toUpperCase() : `  ${u.email}\t`;
      expect(await verifyCredentials({ identifier: spelling, password: `wrong-${i}`, ip: `10.4.0.${i}` })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.4.1.1" })).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("throttles one address trying many accounts", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) {
      await verifyCredentials({ identifier: `spray-${i}@test.xiangji.cn`, password: "x-123456", ip: "10.2.0.1" });
    }
    const u = await makeUser();
    expect(await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.2.0.1" })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: "10.2.0.2" })).toMatchObject({ ok: true });
  });
});

describe("registration", () => {
  it("creates an account with the chosen role and a hashed password", async () => {
    const r = await registerUser({ name: "张三", phone: "13700001111", email: "", password: "abc12345", passwordConfirm: "abc12345", role: "seeker" }, "zh-CN", "10.9.0.1");
    expect(r.ok).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.phone, "13700001111"));
    expect(row?.roles).toEqual(["seeker"]);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("gives field errors in Chinese and never grants admin", async () => {
    const r = await registerUser({ name: "", phone: "123", password: "short", passwordConfirm: "other", role: "admin" }, "zh-CN", "10.9.0.1");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.phone).toContain("请输入 11 位手机号");
    expect(r.fieldErrors?.password).toContain("密码至少 8 位，且同时包含字母和数字");
    expect(r.fieldErrors?.role).toContain("请选择一种身份");
  });

  it("rejects unknown fields (mass assignment)", async () => {
    const r = await registerUser({ name: "李四", phone: "13700002222", password: "abc12345", passwordConfirm: "abc12345", role: "buyer", roles: ["admin"] }, "en", "10.9.0.1");
    expect(r).toMatchObject({ ok: false, code: "invalid" });
  });

  it("refuses a second account with the same phone", async () => {
    const input = { name: "王五", phone: "13700003333", password: "abc12345", passwordConfirm: "abc12345", role: "buyer" };
    expect((await registerUser(input, "zh-CN", "10.9.0.1")).ok).toBe(true);
    expect(await registerUser({ ...input, email: "x@test.xiangji.cn" }, "zh-CN", "10.9.0.1")).toMatchObject({ ok: false, code: "conflict", error: "这个手机号或邮箱已经注册，请直接登录。" });
  });

  it(`counts valid registrations per address: ${LIMITS.register.max} an hour, new or already registered; then a clear refusal that creates nothing`, async () => {
    const ip = "10.9.1.1";
    const form = (phone: string) => ({ name: "赵六", phone, password: "abc12345", passwordConfirm: "abc12345", role: "buyer" });
    // Invalid forms say nothing about accounts and are not counted.
    for (let i = 0; i < 5; i++) expect(await registerUser({ ...form("123"), role: "seeker" }, "zh-CN", ip)).toMatchObject({ ok: false, code: "invalid" });
    const half = LIMITS.register.max / 2;
    for (let i = 0; i < half; i++) expect((await registerUser(form(`137100${String(i).padStart(5, "0")}`), "zh-CN", ip)).ok).toBe(true);
    // Probing numbers already registered counts the same.
    for (let i = 0; i < half; i++) expect(await registerUser(form(`137100${String(i).padStart(5, "0")}`), "zh-CN", ip)).toMatchObject({ ok: false, code: "conflict" });
    const refused = await registerUser(form("13710099999"), "zh-CN", ip);
    expect(refused).toMatchObject({ ok: false, code: "rate_limited", error: "这个网络的注册次数过多，请 60 分钟后再试。" });
    if (!refused.ok) expect(refused.retryAfterSec).toBeGreaterThan(59 * 60);
    expect(await registerUser(form("13710000000"), "en", ip)).toMatchObject({ ok: false, code: "rate_limited", error: "Too many sign-ups from this network; try again in 60 minutes." });
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.phone, "13710099999"))).toHaveLength(0);
    expect((await registerUser(form("13710099999"), "zh-CN", "10.9.1.2")).ok).toBe(true);
  });
});

describe("throttle and rate-limit upkeep", () => {
  it("prunes counter windows that ended a day ago and keeps the running ones", async () => {
    const db = await getDb();
    const old = new Date(Date.now() - 25 * 3600_000);
    await db.insert(authThrottle).values([
      { key: "acct:pruned@test.xiangji.cn", windowStart: old, failures: MAX_FAILURES },
      { key: "rl:checkout:pruned-user", windowStart: old, failures: 31 },
      { key: "acct:running@test.xiangji.cn", windowStart: new Date(), failures: 3 },
    ]);
    expect(await pruneThrottleWindows()).toBe(2);
    const keys = (await db.select({ key: authThrottle.key }).from(authThrottle)).map((r) => r.key);
    expect(keys).toContain("acct:running@test.xiangji.cn");
    expect(keys).not.toContain("acct:pruned@test.xiangji.cn");
    expect(keys).not.toContain("rl:checkout:pruned-user");
  });

  it("says minutes in the right number in English and plainly in Chinese", () => {
    expect(translator("en")("errors.rate_limited", { minutes: 1 })).toBe("Too many attempts; try again in 1 minute.");
    expect(translator("en")("errors.throttled", { minutes: 10 })).toBe("Too many sign-in attempts; try again in 10 minutes.");
    expect(translator("zh-CN")("errors.rate_limited", { minutes: 1 })).toBe("操作太频繁，请 1 分钟后再试。");
  });
});
