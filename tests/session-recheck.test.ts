import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/session";
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
});
