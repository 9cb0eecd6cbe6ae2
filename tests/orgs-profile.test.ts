import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, organizations } from "@/db/schema";
import { saveJob } from "@/lib/jobs/editor";
import { listMyOrgs, requestOrgVerification, saveOrgProfile } from "@/lib/orgs/profile";
import { makeUser } from "./helpers/factories";
import { ensureAllRegions, makeEmployer } from "./helpers/employment";

const base = { workspace: "employer", name: "龙山县测试绣花车间", kind: "workshop_home", regionCode: "433130", township: "苗儿滩镇", story: "居家绣花", householdsSupported: "12", workshopRecognitionNo: "测试〔2026〕1号", contactPhone: "0743-1234567" };

describe("organisation profiles", () => {
  it("creates an org for a user without one (owner membership), then edits it", async () => {
    await ensureAllRegions();
    const user = await makeUser({ roles: ["employer"] });
    const created = await saveOrgProfile(base, { user });
    expect(created).toMatchObject({ ok: true, data: { created: true, verification: "unverified" } });
    if (!created.ok) return;
    const db = await getDb();
    expect(await db.select().from(memberships).where(eq(memberships.orgId, created.data.id))).toEqual([expect.objectContaining({ userId: user.id, role: "owner" })]);
    const [org] = await listMyOrgs(user.id, "employer");
    expect(org).toMatchObject({ type: "workshop", householdsSupported: 12, verification: "unverified" });
    expect(await saveOrgProfile({ ...base, orgId: created.data.id, story: "新的故事" }, { user })).toMatchObject({ ok: true, data: { created: false } });
  });

  it("another user cannot edit my org; verification fields are not assignable", async () => {
    const { user, org } = await makeEmployer({ verification: "unverified" });
    const intruder = await makeUser({ roles: ["employer"] });
    expect(await saveOrgProfile({ ...base, orgId: org.id, name: "被改了" }, { user: intruder })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await requestOrgVerification({ orgId: org.id }, { user: intruder })).toMatchObject({ ok: false, code: "forbidden" });
    for (const extra of [{ verification: "verified" }, { verifiedAt: "2026-01-01" }, { verificationNote: "ok" }]) {
      expect(await saveOrgProfile({ ...base, orgId: org.id, ...extra }, { user })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { _form: ["包含不允许的字段"] } });
    }
    const db = await getDb();
    const [after] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(after).toMatchObject({ name: "测试扶贫车间", verification: "unverified", verifiedAt: null });
  });

  it("request verification: unverified → pending once; a Jinan employer must sit in Jinan", async () => {
    const { user, org } = await makeEmployer({ verification: "rejected" });
    expect(await requestOrgVerification({ orgId: org.id }, { user })).toMatchObject({ ok: true, data: { verification: "pending" } });
    expect(await requestOrgVerification({ orgId: org.id }, { user })).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("等待东西部协作办审核") });
    expect(await saveOrgProfile({ ...base, kind: "jinan_employer", regionCode: "433130" }, { user })).toMatchObject({ ok: false, fieldErrors: { regionCode: ["请选择正确的县市区"] } });
    // A producer's workspace cannot create a Jinan employer.
    const producer = await makeUser({ roles: ["producer"] });
    expect(await saveOrgProfile({ ...base, workspace: "employer" }, { user: producer })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveOrgProfile({ ...base, workspace: "producer", kind: "jinan_employer", regionCode: "370114" }, { user: producer })).toMatchObject({ ok: false, code: "invalid" });
  });

  it("renaming a verified org sends it back to review", async () => {
    const { user, org } = await makeEmployer();
    const r = await saveOrgProfile({ ...base, orgId: org.id, name: "改名后的车间" }, { user });
    expect(r).toMatchObject({ ok: true, data: { verification: "pending" } });
  });
});

describe("job editor", () => {
  const job = { title: "居家绣花工", kind: "home_based", regionCode: "433130", place: "龙山县（居家）", payType: "monthly", payMin: "2,800.5", payMax: "3500", headcount: "5", brands: ["湘西绣娘"], tags: "刺绣，十字绣", benefits: ["training", "meals"], priorityPoor: "on", closesOn: "2099-01-01", status: "open" };

  it("stores yuan typed as exact integer fen; only verified orgs can open a job; another org cannot edit it", async () => {
    const { user, org } = await makeEmployer();
    const r = await saveJob({ ...job, orgId: org.id }, { user });
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const db = await getDb();
    const row = await db.query.jobs.findFirst({ where: (j, { eq }) => eq(j.id, r.data.id) });
    expect(row).toMatchObject({ payMinFen: 280050, payMaxFen: 350000, skills: ["湘西绣娘", "刺绣", "十字绣"], benefits: ["meals", "training"], priorityPoor: true, status: "open" });

    const pending = await makeEmployer({ verification: "pending" });
    expect(await saveJob({ ...job, orgId: pending.org.id }, { user: pending.user })).toMatchObject({ ok: false, code: "forbidden", error: expect.stringContaining("通过认证后才能开放招聘") });
    expect(await saveJob({ ...job, orgId: pending.org.id, status: "draft" }, { user: pending.user })).toMatchObject({ ok: true });

    const other = await makeEmployer({ kind: "jinan_employer" });
    expect(await saveJob({ ...job, orgId: org.id, jobId: r.data.id }, { user: other.user })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await saveJob({ ...job, orgId: other.org.id, jobId: r.data.id, kind: "transfer_jinan", regionCode: "370114" }, { user: other.user })).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveJob({ ...job, orgId: org.id, payMin: "12.345" }, { user })).toMatchObject({ ok: false, fieldErrors: { payMin: [expect.stringContaining("两位小数")] } });
    expect(await saveJob({ ...job, orgId: org.id, kind: "transfer_jinan" }, { user })).toMatchObject({ ok: false, fieldErrors: { regionCode: [expect.stringContaining("济南")] } });
    // A piece rate without its unit says what is missing, not a bare "fill this in".
    expect(await saveJob({ ...job, orgId: org.id, payType: "piece_rate", pieceUnit: "" }, { user })).toMatchObject({ ok: false, fieldErrors: { pieceUnit: ["按件计酬时请填写计件单位，例如 件、幅"] } });
  });
});
