import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, certificateReminders, notifications, organizations, products, purchaseTargets, seekerProfiles, users } from "@/db/schema";
import { listProductsForAdmin, remindExpiringCertificates } from "@/lib/admin/certificates";
import { listJobsForAdmin } from "@/lib/admin/moderation";
import { listUsersForAdmin } from "@/lib/admin/users";
import { ADMIN_MUTATIONS, ADMIN_MUTATION_NAMES } from "@/lib/admin/registry";
import { verifyCredentials } from "@/lib/auth/credentials";
import { loadActiveUser } from "@/lib/auth/session";
import { recordFailure, throttledFor, throttleKeys } from "@/lib/auth/throttle";
import { ensureAllRegions, makeJob, makeProduct } from "./helpers/admin";
import { makeOrg, makeUser, TEST_PASSWORD } from "./helpers/factories";

async function auditRows(entityId: string) {
  const db = await getDb();
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
}

function addDays(d: string, n: number) {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

describe("administrative mutations", () => {
  it("every one refuses anonymous callers and every non-admin role with the 403 code, and writes nothing", async () => {
    const db = await getDb();
    const before = (await db.select().from(auditLog)).length;
    for (const name of ADMIN_MUTATION_NAMES) {
      const m = ADMIN_MUTATIONS[name] as (raw: unknown, o: { user: Awaited<ReturnType<typeof makeUser>> | null }) => Promise<{ ok: boolean; code?: string }>;
      expect(await m({}, { user: null }), name).toMatchObject({ ok: false, code: "unauthenticated" });
      for (const role of ["buyer", "producer", "employer", "seeker"] as const) {
        const u = await makeUser({ roles: [role] });
        expect(await m({}, { user: u }), `${name} as ${role}`).toMatchObject({ ok: false, code: "forbidden" });
      }
    }
    expect((await db.select().from(auditLog)).length).toBe(before);
  });

  it("approves and rejects pending organisations once, notifies members and audits", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const owner = await makeUser({ roles: ["producer"] });
    const pending = await makeOrg(owner.id, { verification: "pending" });
    const other = await makeOrg(owner.id, { verification: "pending" });
    const r = await ADMIN_MUTATIONS["approve-org"]({ orgId: pending.id }, { user: admin });
    expect(r).toEqual({ ok: true, data: { id: pending.id, verification: "verified" } });
    expect(await ADMIN_MUTATIONS["approve-org"]({ orgId: pending.id }, { user: admin })).toMatchObject({ ok: false, code: "conflict" });
    const rej = await ADMIN_MUTATIONS["reject-org"]({ orgId: other.id, reason: "营业执照照片看不清，请重新上传" }, { user: admin });
    expect(rej).toMatchObject({ ok: true });
    const db = await getDb();
    const [o1] = await db.select().from(organizations).where(eq(organizations.id, pending.id));
    const [o2] = await db.select().from(organizations).where(eq(organizations.id, other.id));
    expect(o1).toMatchObject({ verification: "verified" });
    expect(o1?.verifiedAt).toBeInstanceOf(Date);
    expect(o2).toMatchObject({ verification: "rejected", verificationNote: "营业执照照片看不清，请重新上传", verifiedAt: null });
    const notes = await db.select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(notes.map((n) => n.kind).sort()).toEqual(["org_rejected", "org_verified"]);
    expect(notes.find((n) => n.kind === "org_rejected")?.body).toContain("营业执照照片看不清");
    expect(await auditRows(pending.id)).toMatchObject([{ actorId: admin.id, action: "org.approve", before: { verification: "pending" }, after: { verification: "verified" } }]);
    expect(await auditRows(other.id)).toMatchObject([{ action: "org.reject", after: { verification: "rejected" } }]);
  });

  it("certifies a product, hides and unhides a listing and a job, with audit rows", async () => {
    await ensureAllRegions();
    const admin = await makeUser({ roles: ["admin"] });
    const owner = await makeUser({ roles: ["producer", "employer"] });
    const org = await makeOrg(owner.id);
    const { product } = await makeProduct(org.id);
    const job = await makeJob(org.id);
    const cert = { productId: product.id, certificationNo: "湘扶认〔2026〕0999号", certificationCounty: "433124", certificationBatch: "2026年第三批", certifiedUntil: "2099-12-31" };
    expect(await ADMIN_MUTATIONS["certify-product"]({ ...cert, certificationCounty: "370102" }, { user: admin })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { certificationCounty: expect.any(Array) } });
    expect(await ADMIN_MUTATIONS["certify-product"]({ ...cert, certifiedUntil: "2001-01-01" }, { user: admin })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { certifiedUntil: expect.any(Array) } });
    expect(await ADMIN_MUTATIONS["certify-product"](cert, { user: admin })).toMatchObject({ ok: true });
    expect(await ADMIN_MUTATIONS["hide-product"]({ id: product.id, reason: "图片与实物不符" }, { user: admin })).toMatchObject({ ok: true, data: { hidden: true } });
    expect(await ADMIN_MUTATIONS["unhide-product"]({ id: product.id }, { user: admin })).toMatchObject({ ok: true, data: { hidden: false } });
    expect(await ADMIN_MUTATIONS["hide-job"]({ id: job.id, reason: "薪资描述不实" }, { user: admin })).toMatchObject({ ok: true });
    const db = await getDb();
    const [p] = await db.select().from(products).where(eq(products.id, product.id));
    expect(p).toMatchObject({ certificationNo: cert.certificationNo, certificationCounty: "433124", certificationBatch: "2026年第三批", certifiedUntil: "2099-12-31", hiddenReason: null });
    expect((await auditRows(product.id)).map((a) => a.action)).toEqual(["product.certify", "product.hide", "product.unhide"]);
    expect(await auditRows(job.id)).toMatchObject([{ action: "job.hide", before: { hiddenReason: null }, after: { hiddenReason: "薪资描述不实" } }]);
  });

  it("disabling an account takes effect at once, and an admin cannot disable or demote themself", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const victim = await makeUser({ roles: ["buyer"] });
    expect(await verifyCredentials({ identifier: victim.email, password: TEST_PASSWORD, ip: null })).toMatchObject({ ok: true });
    expect(await ADMIN_MUTATIONS["set-user-status"]({ userId: victim.id, status: "disabled" }, { user: admin })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ identifier: victim.email, password: TEST_PASSWORD, ip: null })).toMatchObject({ ok: false, reason: "invalid" });
    // getSessionUser() re-reads this row on every request and answers null unless status is active
    const db = await getDb();
    const [row] = await db.select({ status: users.status }).from(users).where(eq(users.id, victim.id));
    expect(row?.status).toBe("disabled");
    expect(await ADMIN_MUTATIONS["set-user-status"]({ userId: admin.id, status: "disabled" }, { user: admin })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await ADMIN_MUTATIONS["revoke-role"]({ userId: admin.id, role: "admin" }, { user: admin })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await ADMIN_MUTATIONS["grant-role"]({ userId: victim.id, role: "admin" }, { user: admin })).toMatchObject({ ok: true, data: { roles: ["buyer", "admin"] } });
    expect(await ADMIN_MUTATIONS["revoke-role"]({ userId: victim.id, role: "buyer" }, { user: admin })).toMatchObject({ ok: true, data: { roles: ["admin"] } });
    expect((await auditRows(victim.id)).map((a) => a.action)).toEqual(["user.disable", "user.grant_role", "user.revoke_role"]);
  });

  it("resets a forgotten password: a temporary one shown once, sessions ended, the sign-in lock lifted, the owner told, never its own", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const person = await makeUser({ roles: ["seeker"], phone: `139${String(Date.now()).slice(-8)}` });
    // Locked out by wrong guesses under the phone number.
    for (let i = 0; i < 10; i++) await recordFailure(throttleKeys(person.phone!, null));
    expect(await throttledFor(throttleKeys(person.phone!, null))).toBeGreaterThan(0);

    const r = await ADMIN_MUTATIONS["reset-password"]({ userId: person.id }, { user: admin });
    expect(r).toMatchObject({ ok: true, data: { id: person.id, temporaryPassword: expect.stringMatching(/^[a-hjkmnp-z]{4}[2-9]{4}$/) } });
    if (!r.ok) return;
    expect(Object.keys(r.data).sort()).toEqual(["id", "temporaryPassword"]);
    expect(await throttledFor(throttleKeys(person.phone!, null))).toBe(0);
    expect(await verifyCredentials({ identifier: person.phone, password: TEST_PASSWORD, ip: null })).toMatchObject({ ok: false });
    expect(await verifyCredentials({ identifier: person.phone, password: r.data.temporaryPassword, ip: null })).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
    // Sessions issued before the reset (version 0) end; the new one is sent to choose a password of its own.
    expect(await loadActiveUser(person.id, 0)).toBeNull();
    expect(await loadActiveUser(person.id, 1)).toMatchObject({ id: person.id, mustChangePassword: true });

    const db = await getDb();
    const told = await db.select().from(notifications).where(eq(notifications.userId, person.id));
    expect(told).toMatchObject([{ kind: "password_reset", title: "你的密码已由东西部协作办重置", href: "/account/password" }]);
    expect(JSON.stringify(told)).not.toContain(r.data.temporaryPassword);
    const rows = await auditRows(person.id);
    expect(rows).toMatchObject([{ actorId: admin.id, action: "user.reset_password" }]);
    expect(JSON.stringify(rows)).not.toContain(r.data.temporaryPassword);
    // Two resets give two different passwords; an administrator changes their own under 我的.
    const again = await ADMIN_MUTATIONS["reset-password"]({ userId: person.id }, { user: admin });
    expect(again.ok && again.data.temporaryPassword).not.toBe(r.data.temporaryPassword);
    expect(await ADMIN_MUTATIONS["reset-password"]({ userId: admin.id }, { user: admin })).toMatchObject({ ok: false, code: "forbidden", error: expect.stringContaining("修改密码") });
  });

  it("maintains pairings, purchase targets and poor-labourer verification, audited", async () => {
    await ensureAllRegions();
    const admin = await makeUser({ roles: ["admin"] });
    const pair = { jinanCode: "370102", xiangxiCode: "433130" };
    expect(await ADMIN_MUTATIONS["add-pairing"](pair, { user: admin })).toMatchObject({ ok: true });
    expect(await ADMIN_MUTATIONS["add-pairing"](pair, { user: admin })).toMatchObject({ ok: false, code: "conflict" });
    expect(await ADMIN_MUTATIONS["add-pairing"]({ jinanCode: "433124", xiangxiCode: "433130" }, { user: admin })).toMatchObject({ ok: false, code: "invalid" });
    expect(await ADMIN_MUTATIONS["remove-pairing"](pair, { user: admin })).toMatchObject({ ok: true });

    const buyer = await makeUser({ roles: ["buyer"] });
    const union = await makeOrg(buyer.id, { type: "buyer", kind: "trade_union", regionCode: "370102" });
    expect(await ADMIN_MUTATIONS["set-purchase-target"]({ orgId: union.id, year: "2026", targetYuan: "300000.5" }, { user: admin })).toMatchObject({ ok: true, data: { targetFen: 30_000_050 } });
    expect(await ADMIN_MUTATIONS["set-purchase-target"]({ orgId: union.id, year: "2026", targetYuan: "12.345" }, { user: admin })).toMatchObject({ ok: false, code: "invalid" });
    expect(await ADMIN_MUTATIONS["set-purchase-target"]({ orgId: union.id, year: "2026", targetYuan: "1000" }, { user: admin })).toMatchObject({ ok: true });
    const db = await getDb();
    expect(await db.select({ t: purchaseTargets.targetFen }).from(purchaseTargets).where(and(eq(purchaseTargets.orgId, union.id), eq(purchaseTargets.year, 2026)))).toEqual([{ t: 100_000 }]);
    expect(await auditRows(union.id)).toMatchObject([
      { action: "purchase_target.set", before: null, after: { targetFen: 30_000_050 } },
      { action: "purchase_target.set", before: { targetFen: 30_000_050 }, after: { targetFen: 100_000 } },
    ]);

    const seeker = await makeUser({ roles: ["seeker"] });
    await db.insert(seekerProfiles).values({ userId: seeker.id, fullName: "测试", countyCode: "433130", phoneEnc: "x", phoneLast4: "0000", poorLabourer: true });
    expect(await ADMIN_MUTATIONS["verify-poor-labourer"]({ userId: seeker.id, verified: "true" }, { user: admin })).toMatchObject({ ok: true });
    expect((await auditRows(seeker.id)).map((a) => a.action)).toEqual(["seeker.verify_poor"]);
    expect((await auditRows("370102-433130")).map((a) => a.action)).toEqual(["pairing.add", "pairing.remove"]);
  });

  it("reminds producers once per product per threshold (90 / 30 / 7 days)", async () => {
    await ensureAllRegions();
    const admin = await makeUser({ roles: ["admin"] });
    const owner = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(owner.id);
    const today = "2026-11-29";
    const cert = (days: number) => ({ certificationNo: `湘扶认-${days}`, certificationCounty: "433124", certificationBatch: "b", certifiedUntil: addDays(today, days) });
    const in5 = await makeProduct(org.id, cert(5));
    await makeProduct(org.id, cert(20));
    await makeProduct(org.id, cert(60));
    await makeProduct(org.id, cert(200)); // beyond 90 days
    await makeProduct(org.id, cert(-3)); // already expired
    const first = await remindExpiringCertificates({ today }, { user: admin });
    expect(first).toEqual({ ok: true, data: { reminded: 3, notifications: 3 } });
    const again = await remindExpiringCertificates({ today }, { user: admin });
    expect(again).toEqual({ ok: true, data: { reminded: 0, notifications: 0 } });
    // a month later the 60-day one falls under 30 days: one new reminder; the others were already reminded at their threshold
    const later = await remindExpiringCertificates({ today: addDays(today, 31) }, { user: admin });
    expect(later).toEqual({ ok: true, data: { reminded: 1, notifications: 1 } });
    const db = await getDb();
    const rows = await db.select().from(certificateReminders).where(eq(certificateReminders.productId, in5.product.id));
    expect(rows.map((r) => r.thresholdDays)).toEqual([7]);
    expect((await db.select().from(notifications).where(eq(notifications.userId, owner.id))).filter((n) => n.kind === "certificate_expiring")).toHaveLength(4);
    expect((await db.select().from(auditLog).where(eq(auditLog.action, "certificate.remind"))).length).toBe(3);
  });
});

describe("administrative lists", () => {
  it("search users, products and jobs with the typed %, _ and \\ taken literally", async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const exact = await makeUser({ name: `审核_${tag}` });
    await makeUser({ name: `审核X${tag}` });
    expect((await listUsersForAdmin({ q: `审核_${tag}` })).items.map((u) => u.id)).toEqual([exact.id]);
    expect((await listUsersForAdmin({ q: `审核%${tag}` })).items).toEqual([]);

    await ensureAllRegions();
    const owner = await makeUser({ roles: ["producer"] });
    const org = await makeOrg(owner.id);
    const p = await makeProduct(org.id, { title: `果干 100%_${tag}` });
    await makeProduct(org.id, { title: `果干 1000X${tag}` });
    expect((await listProductsForAdmin({ q: `100%_${tag}` })).items.map((x) => x.id)).toEqual([p.product.id]);
    const j = await makeJob(org.id, { title: `焊工\\${tag}` });
    await makeJob(org.id, { title: `焊工X${tag}` });
    expect((await listJobsForAdmin({ q: `焊工\\${tag}` })).items.map((x) => x.id)).toEqual([j.id]);
  });
});
