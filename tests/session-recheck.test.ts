import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { authConfig } from "@/lib/auth/auth.config";
import { loadActiveUser, sessionSubject } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { makeUser } from "./helpers/factories";

describe("sessions are re-checked against the database", () => {
  it("a demoted user loses the role at once", async () => {
    const u = await makeUser({ roles: ["producer", "buyer"] });
    expect((await loadActiveUser(u.id))?.roles).toEqual(["producer", "buyer"]);
    const db = await getDb();
    await db.update(users).set({ roles: ["buyer"] }).where(eq(users.id, u.id));
    expect((await loadActiveUser(u.id))?.roles).toEqual(["buyer"]);
  });

  it("a disabled user has no session", async () => {
    const u = await makeUser();
    const db = await getDb();
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, u.id));
    expect(await loadActiveUser(u.id)).toBeNull();
  });

  it("fails closed on a token without a valid id", async () => {
    for (const id of [undefined, "", "admin", "00000000-0000-0000-0000-000000000000", 42]) {
      expect(await loadActiveUser(id)).toBeNull();
    }
  });

  it("a client session update cannot escalate: the jwt callback keeps the token's roles, and the database's roles count", async () => {
    const u = await makeUser({ roles: ["buyer"] });
    const { jwt } = authConfig.callbacks;
    const signedIn = await jwt({ token: { name: u.name }, user: { id: u.id, name: u.name, roles: ["buyer"] }, account: null, trigger: "signIn" });
    expect(signedIn).toMatchObject({ sub: u.id, roles: ["buyer"] });
    // What Auth.js passes on `update({ user: { roles: ["admin"] } })` from the browser: no user, the client's session.
    const updated = await jwt({ token: { ...signedIn }, user: undefined as never, account: null, trigger: "update", session: { user: { roles: ["admin"], id: crypto.randomUUID() } } });
    expect(updated).toEqual(signedIn);

    // Even a token that did say admin (minted with the secret) gets the database's roles.
    const secret = env.AUTH_SECRET;
    const cookie = `authjs.session-token=${await encode({ token: { ...updated, roles: ["admin"] }, secret, salt: "authjs.session-token", maxAge: 600 })}`;
    const subject = await sessionSubject(cookie, { secret, https: false });
    expect(subject).toBe(u.id);
    expect((await loadActiveUser(subject))?.roles).toEqual(["buyer"]);
  });
});
