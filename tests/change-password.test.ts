import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { authConfig } from "@/lib/auth/auth.config";
import { changePassword } from "@/lib/auth/change-password";
import { verifyCredentials } from "@/lib/auth/credentials";
import { loadActiveUser, sessionClaims, sessionUserOf } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { makeUser, TEST_PASSWORD } from "./helpers/factories";

const NEW_PASSWORD = "xiangxi2027tea";

/** A session cookie as Auth.js would set it at sign-in for this verifyCredentials result. */
async function cookieOf(user: { id: string; name: string; roles: string[]; sessionVersion?: number }) {
  const token = await authConfig.callbacks.jwt({ token: { name: user.name }, user: { id: user.id, name: user.name, roles: user.roles as never, sv: user.sessionVersion }, account: null, trigger: "signIn" });
  return `authjs.session-token=${await encode({ token, secret: env.AUTH_SECRET, salt: "authjs.session-token", maxAge: 600 })}`;
}

describe("changing a password", () => {
  it("needs the current password, a valid new one typed twice, different from the current", async () => {
    const u = await makeUser();
    const change = (input: Record<string, string>) => changePassword(input, { user: u });
    expect(await change({ currentPassword: "", password: "", passwordConfirm: "" })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["请填写当前密码"], password: ["请填写密码"], passwordConfirm: ["请填写确认密码"] },
    });
    expect(await change({ currentPassword: "wrong-one-1", password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["当前密码不对，请重新输入"] } });
    expect(await change({ currentPassword: TEST_PASSWORD, password: "short1", passwordConfirm: "short1" })).toMatchObject({ ok: false, fieldErrors: { password: ["密码至少 8 位，且同时包含字母和数字"] } });
    expect(await change({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: `${NEW_PASSWORD}x` })).toMatchObject({ ok: false, fieldErrors: { passwordConfirm: [expect.stringContaining("不一致")] } });
    expect(await change({ currentPassword: TEST_PASSWORD, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD })).toMatchObject({ ok: false, fieldErrors: { password: ["新密码不能和当前密码一样"] } });
    expect(await changePassword({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { user: null })).toMatchObject({ ok: false, code: "unauthenticated" });
    // Nothing changed: the old password still signs in.
    expect(await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: null })).toMatchObject({ ok: true });
  });

  it("signs out every session issued before it, keeps sessions issued after it, and tells the owner", async () => {
    const u = await makeUser();
    const before = await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: null });
    if (!before.ok) throw new Error("sign-in failed");
    expect(before.user.sessionVersion).toBe(0);
    const oldCookie = await cookieOf({ ...before.user });
    expect((await sessionUserOf(oldCookie, null))?.id).toBe(u.id);

    // As after an office reset: the person must choose their own password.
    const db = await getDb();
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, u.id));
    expect((await sessionUserOf(oldCookie, null))?.mustChangePassword).toBe(true);
    expect(await changePassword({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { user: u })).toMatchObject({ ok: true, data: { identifier: u.email } });
    // The other device's token is refused at its next request; the old password no longer signs in.
    expect(await sessionUserOf(oldCookie, null)).toBeNull();
    expect(await verifyCredentials({ identifier: u.email, password: TEST_PASSWORD, ip: null })).toMatchObject({ ok: false });
    // The new sign-in (what the form's action does) carries the new version and is accepted.
    const after = await verifyCredentials({ identifier: u.email, password: NEW_PASSWORD, ip: null });
    if (!after.ok) throw new Error("sign-in with the new password failed");
    expect(after.user.sessionVersion).toBe(1);
    const newCookie = await cookieOf({ ...after.user });
    expect(await sessionClaims(newCookie, { secret: env.AUTH_SECRET, https: false })).toEqual({ sub: u.id, sv: 1 });
    expect(await sessionUserOf(newCookie, null)).toMatchObject({ id: u.id, mustChangePassword: false });

    const told = await db.select().from(notifications).where(eq(notifications.userId, u.id));
    expect(told).toMatchObject([{ kind: "password_changed", title: "你的密码已修改", emailStatus: expect.stringMatching(/^(pending|sent)$/) }]);
  });

  it("a token from before versions existed is version 0; one whose version is not a whole number is refused", async () => {
    const u = await makeUser();
    const secret = env.AUTH_SECRET;
    const mint = (extra: Record<string, unknown>) => encode({ token: { sub: u.id, name: u.name, ...extra }, secret, salt: "authjs.session-token", maxAge: 600 });
    expect(await sessionClaims(`authjs.session-token=${await mint({})}`, { secret, https: false })).toEqual({ sub: u.id, sv: 0 });
    for (const sv of ["1", 0.5, null]) expect(await sessionClaims(`authjs.session-token=${await mint({ sv })}`, { secret, https: false })).toBeNull();
    const db = await getDb();
    await db.update(users).set({ sessionVersion: 3 }).where(eq(users.id, u.id));
    expect(await loadActiveUser(u.id, 2)).toBeNull();
    expect((await loadActiveUser(u.id, 3))?.id).toBe(u.id);
  });

  it("a client session update cannot claim a newer version", async () => {
    const u = await makeUser();
    const { jwt } = authConfig.callbacks;
    const signedIn = await jwt({ token: { name: u.name }, user: { id: u.id, name: u.name, roles: ["buyer"], sv: 0 }, account: null, trigger: "signIn" });
    const updated = await jwt({ token: { ...signedIn }, user: undefined as never, account: null, trigger: "update", session: { sv: 7, user: { sv: 7 } } });
    expect(updated).toEqual(signedIn);
    expect(updated.sv).toBe(0);
  });

  it("counts attempts per account: the eleventh in ten minutes waits", async () => {
    const u = await makeUser();
    for (let i = 0; i < 10; i++) expect(await changePassword({ currentPassword: `guess-${i}x`, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { user: u })).toMatchObject({ ok: false, code: "invalid" });
    expect(await changePassword({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD }, { user: u })).toMatchObject({ ok: false, code: "rate_limited" });
  });
});
