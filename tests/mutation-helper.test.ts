import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { DomainError, formDataToObject, mutation, pgConstraint } from "@/lib/action";
import { makeOrg, makeUser } from "./helpers/factories";

const renameOrg = mutation({
  roles: ["producer"],
  input: z.strictObject({ orgId: z.uuid(), name: z.string().trim().min(2).max(20) }),
  async run({ tx, user, input }) {
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, input.orgId));
    if (!org) throw new DomainError("not_found");
    const member = await tx.query.memberships.findFirst({ where: (m, { and, eq }) => and(eq(m.orgId, org.id), eq(m.userId, user.id)) });
    if (!member) throw new DomainError("forbidden");
    await tx.update(organizations).set({ name: input.name }).where(eq(organizations.id, org.id));
    if (input.name === "回滚测试") throw new DomainError("conflict");
    return { id: org.id };
  },
});

describe("mutation()", () => {
  it("refuses anonymous callers and the wrong role before touching input", async () => {
    expect(await renameOrg({}, { user: null })).toMatchObject({ ok: false, code: "unauthenticated", error: "请先登录。" });
    const seeker = await makeUser({ roles: ["seeker"] });
    expect(await renameOrg({}, { user: seeker })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("returns per-field errors in the caller's language", async () => {
    const producer = await makeUser({ roles: ["producer"] });
    const zh = await renameOrg({ orgId: "not-a-uuid", name: "x" }, { user: producer });
    expect(zh).toMatchObject({ ok: false, code: "invalid", fieldErrors: { orgId: ["格式不正确"], name: ["至少 2 个字符"] } });
    const en = await renameOrg({ orgId: "not-a-uuid", name: "x", role: "admin" }, { user: producer, locale: "en" });
    expect(en).toMatchObject({ ok: false, fieldErrors: { name: ["At least 2 characters"], _form: ["Contains a field that is not allowed"] } });
  });

  it("checks ownership in the data layer: another producer's org is refused", async () => {
    const owner = await makeUser({ roles: ["producer"] });
    const other = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(owner.id);
    expect(await renameOrg({ orgId: org.id, name: "别人的名字" }, { user: other })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await renameOrg({ orgId: org.id, name: "新名字" }, { user: owner })).toEqual({ ok: true, data: { id: org.id } });
  });

  it("rolls the transaction back when the handler fails", async () => {
    const owner = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(owner.id, { name: "原名" });
    expect(await renameOrg({ orgId: org.id, name: "回滚测试" }, { user: owner })).toMatchObject({ ok: false, code: "conflict" });
    const db = await getDb();
    const [after] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(after?.name).toBe("原名");
  });

  it("maps FormData with repeated keys to arrays", () => {
    const f = new FormData();
    f.append("name", "茶");
    f.append("tags[]", "a");
    f.append("tags[]", "b");
    f.append("$ACTION_ID_x", "");
    expect(formDataToObject(f)).toEqual({ name: "茶", tags: ["a", "b"] });
  });
});

describe("mutation() retryOn", () => {
  // Each attempt renames the org, then inserts a user whose e-mail comes from the list: a taken one clashes on
  // users_email_uq, as a random order number can clash on orders_order_no_uq.
  const clashing = (emails: string[], retry: boolean) => {
    let attempts = 0;
    const run = mutation({
      roles: ["producer"],
      input: z.strictObject({ orgId: z.uuid() }),
      retryOn: retry ? (e) => pgConstraint(e) === "users_email_uq" : undefined,
      async run({ tx, input }) {
        attempts++;
        await tx.update(organizations).set({ name: `第${attempts}次` }).where(eq(organizations.id, input.orgId));
        await tx.insert(users).values({ name: "重试", email: emails[attempts - 1]!, passwordHash: "x", roles: ["buyer"] });
        return { attempts };
      },
    });
    return { run, attempts: () => attempts };
  };

  it("runs the transaction again after a clash it is told to retry; the failed attempt left nothing", async () => {
    const taken = await makeUser();
    const producer = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(producer.id);
    const fresh = `fresh-${crypto.randomUUID()}@test.xiangji.cn`;
    const m = clashing([taken.email, fresh], true);
    expect(await m.run({ orgId: org.id }, { user: producer })).toEqual({ ok: true, data: { attempts: 2 } });
    const db = await getDb();
    const [o] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, org.id));
    expect(o!.name).toBe("第2次");
    expect(await db.select().from(users).where(eq(users.name, "重试"))).toHaveLength(1);
  });

  it("gives up after three attempts, and does not retry other failures", async () => {
    const taken = await makeUser();
    const producer = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(producer.id);
    const always = clashing([taken.email, taken.email, taken.email, taken.email], true);
    expect(await always.run({ orgId: org.id }, { user: producer })).toMatchObject({ ok: false, code: "conflict" });
    expect(always.attempts()).toBe(3);
    const never = clashing([taken.email, `x-${crypto.randomUUID()}@test.xiangji.cn`], false);
    expect(await never.run({ orgId: org.id }, { user: producer })).toMatchObject({ ok: false, code: "conflict" });
    expect(never.attempts()).toBe(1);
  });
});

describe("mutation() rate limits", () => {
  const ping = mutation({
    roles: "any",
    rateLimit: { name: "test-ping", max: 3, windowSec: 600 },
    input: z.strictObject({}),
    async run() {
      return "pong";
    },
  });

  it("allows max calls per window per user, then answers rate_limited in the user's language", async () => {
    const a = await makeUser();
    const b = await makeUser();
    for (let i = 0; i < 3; i++) expect(await ping({}, { user: a })).toEqual({ ok: true, data: "pong" });
    expect(await ping({}, { user: a })).toMatchObject({ ok: false, code: "rate_limited", error: "操作太频繁，请 10 分钟后再试。" });
    expect(await ping({}, { user: b })).toEqual({ ok: true, data: "pong" });
  });
});
