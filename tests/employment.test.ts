import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { applicationEvents, hires, jobApplications, jobs, notifications, retentionCheckins, seekerProfiles } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { APPLY_LIMIT_PER_DAY, applyToJob, isAlreadyApplied, markViewed, moveApplication, saveEmployerNote, withdrawApplication } from "@/lib/applications/mutations";
import { LIMITS } from "@/lib/rate-limit";
import { getApplicationForEmployer, getApplicationForSeeker, listApplicationsForJob } from "@/lib/applications/views";
import { deleteMySeekerData, getMySeekerProfile, saveSeekerProfile } from "@/lib/seekers/profile";
import { makeEmployer, makeJob, makeSeeker, SEEKER_ID, SEEKER_PHONE } from "./helpers/employment";

// The API route handlers read the session through this module: the tests choose who is calling.
let caller: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
const { GET: getApplicationApi } = await import("@/app/api/v1/applications/[id]/route");
const { POST: postApplicationApi } = await import("@/app/api/v1/applications/route");

// Everything printed during these tests is kept and searched for the plain numbers at the end.
const printed: string[] = [];
const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(" "))));
afterAll(() => spies.forEach((s) => s.mockRestore()));

const PLAIN = [SEEKER_PHONE, SEEKER_ID, SEEKER_ID.slice(0, 17)];
const leaks = (text: string) => PLAIN.filter((p) => text.includes(p));

async function apiGet(user: SessionUser | null, id: string) {
  caller = user;
  const res = await getApplicationApi(new Request(`http://localhost/api/v1/applications/${id}`), { params: Promise.resolve({ id }) });
  return { status: res.status, text: await res.text() };
}

async function statusOf(id: string) {
  const db = await getDb();
  const [a] = await db.select({ status: jobApplications.status }).from(jobApplications).where(eq(jobApplications.id, id));
  return a?.status;
}
async function eventCount(id: string) {
  const db = await getDb();
  return (await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).length;
}

describe("applying", () => {
  let employer: Awaited<ReturnType<typeof makeEmployer>>;
  let seeker: SessionUser;
  beforeAll(async () => {
    employer = await makeEmployer();
    seeker = await makeSeeker();
  });

  it("one application per seeker per job; the second is refused kindly and nothing is added", async () => {
    const job = await makeJob(employer.org.id);
    const first = await applyToJob({ jobId: job.id, message: "我会刺绣" }, { user: seeker });
    expect(first).toMatchObject({ ok: true, data: { status: "submitted" } });
    const again = await applyToJob({ jobId: job.id, message: "再投一次" }, { user: seeker });
    expect(again).toEqual({ ok: false, code: "conflict", error: "你已经投递过这个岗位了，不用重复投递。可以在“我的投递”里查看进度。", fieldErrors: undefined });
    // The job page's action recognises this refusal (to link to the seeker's applications), in either language.
    expect(isAlreadyApplied(again, "zh-CN")).toBe(true);
    expect(isAlreadyApplied(await applyToJob({ jobId: job.id }, { user: seeker, locale: "en" }), "en")).toBe(true);
    expect(isAlreadyApplied(await applyToJob({ jobId: crypto.randomUUID() }, { user: seeker }), "zh-CN")).toBe(false);
    const db = await getDb();
    expect(await db.select().from(jobApplications).where(eq(jobApplications.jobId, job.id))).toHaveLength(1);
    // The employer is told about the new application.
    const note = await db.select().from(notifications).where(eq(notifications.userId, employer.user.id));
    expect(note.some((n) => n.title.includes("居家刺绣工"))).toBe(true);
  });

  it("simultaneous submits of the same application: exactly one lands, the others get the kind refusal", async () => {
    const job = await makeJob(employer.org.id);
    const results = await Promise.all(Array.from({ length: 8 }, () => applyToJob({ jobId: job.id }, { user: seeker })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ code: "conflict", error: expect.stringContaining("你已经投递过这个岗位了") });
    const db = await getDb();
    expect(await db.select().from(jobApplications).where(eq(jobApplications.jobId, job.id))).toHaveLength(1);
  });

  it("closed, past-closing-date, hidden and unverified employers' jobs refuse applications", async () => {
    const closed = await makeJob(employer.org.id, { status: "closed" });
    const expired = await makeJob(employer.org.id, { closesOn: "2020-01-01" });
    const hidden = await makeJob(employer.org.id, { hiddenReason: "虚假信息" });
    const unverified = await makeEmployer({ verification: "pending" });
    const theirs = await makeJob(unverified.org.id);
    for (const j of [closed, expired, hidden, theirs]) {
      const r = await applyToJob({ jobId: j.id }, { user: seeker });
      expect(r).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("不能再投递") });
    }
    const db = await getDb();
    expect(await db.select().from(jobApplications).where(eq(jobApplications.jobId, closed.id))).toHaveLength(0);
  });

  it("a seeker without a profile is asked to fill it first; other roles are refused", async () => {
    const job = await makeJob(employer.org.id);
    const { makeUser } = await import("./helpers/factories");
    const bare = await makeUser({ roles: ["seeker"] });
    expect(await applyToJob({ jobId: job.id }, { user: bare })).toMatchObject({ ok: false, code: "invalid", error: "请先填写求职档案，再投递岗位。" });
    // The job page is public: a signed-in employer or buyer may post its form, and is told what account it takes.
    expect(await applyToJob({ jobId: job.id }, { user: employer.user })).toMatchObject({ ok: false, code: "forbidden", error: "只有求职者账号可以投递。" });
    const buyer = await makeUser({ roles: ["buyer"] });
    expect(await applyToJob({ jobId: job.id }, { user: buyer, locale: "en" })).toMatchObject({ ok: false, code: "forbidden", error: "Only job-seeker accounts can apply." });
    expect(await applyToJob({ jobId: job.id }, { user: null })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await applyToJob({ jobId: job.id, seekerId: employer.user.id }, { user: seeker })).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("apply limits", () => {
  const postApply = (user: SessionUser, body: unknown) => {
    caller = user;
    return postApplicationApi(new Request("http://localhost/api/v1/applications", { method: "POST", body: JSON.stringify(body) }));
  };

  it(`allows ${LIMITS.apply.max} attempts an hour, refused ones too; the next is 429 with Retry-After and applies nothing; another seeker is unaffected`, async () => {
    const { org } = await makeEmployer();
    const [first, next] = [await makeJob(org.id), await makeJob(org.id)];
    const seeker = await makeSeeker();
    expect(await applyToJob({ jobId: first.id }, { user: seeker })).toMatchObject({ ok: true });
    for (let i = 1; i < LIMITS.apply.max; i++) expect(await applyToJob({ jobId: first.id }, { user: seeker })).toMatchObject({ ok: false, code: "conflict" });
    expect(await applyToJob({ jobId: next.id }, { user: seeker })).toMatchObject({ ok: false, code: "rate_limited", error: "操作太频繁，请 60 分钟后再试。" });
    const res = await postApply(seeker, { jobId: next.id });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
    expect((await res.json()).message).toBe("操作太频繁，请 60 分钟后再试。");
    const db = await getDb();
    expect(await db.select().from(jobApplications).where(eq(jobApplications.jobId, next.id))).toHaveLength(0);
    expect((await postApply(await makeSeeker(), { jobId: next.id })).status).toBe(201);
  });

  it(`the daily cap of ${APPLY_LIMIT_PER_DAY} applications answers 429 with Retry-After until the oldest one is a day old`, async () => {
    const { org } = await makeEmployer();
    const seeker = await makeSeeker();
    const db = await getDb();
    const now = Date.now();
    for (let i = 0; i < APPLY_LIMIT_PER_DAY; i++) {
      const job = await makeJob(org.id);
      // The oldest was made 23 hours ago: the cap lifts in about an hour.
      await db.insert(jobApplications).values({ jobId: job.id, seekerId: seeker.id, message: "", createdAt: new Date(now - (i === 0 ? 23 : 1) * 3600_000) });
    }
    const job = await makeJob(org.id);
    const res = await postApply(seeker, { jobId: job.id });
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3600);
    expect((await res.json()).message).toBe("今天投递的岗位比较多了，请明天再继续投递。");
    expect(await db.select().from(jobApplications).where(eq(jobApplications.jobId, job.id))).toHaveLength(0);
  });
});

describe("the pipeline", () => {
  it("moves forward only, records every change, notifies the seeker, and creates the hire with check-ins", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const job = await makeJob(org.id);
    const applied = await applyToJob({ jobId: job.id, message: "你好" }, { user: seeker });
    if (!applied.ok) throw new Error(applied.error);
    const id = applied.data.id;

    const db = await getDb();
    expect(await db.transaction((tx) => markViewed(tx, emp, id))).toBe(true);
    expect(await db.transaction((tx) => markViewed(tx, emp, id))).toBe(false);
    expect(await statusOf(id)).toBe("viewed");

    // Phone hidden before the interview.
    expect((await getApplicationForEmployer(emp.id, id))!.seeker!.phone).toBeNull();
    expect(await moveApplication({ applicationId: id, to: "interview" }, { user: emp })).toMatchObject({ ok: true });
    expect((await getApplicationForEmployer(emp.id, id))!.seeker!.phone).toBe(SEEKER_PHONE);

    // Backwards: refused with a clear message, nothing changes.
    const events = await eventCount(id);
    const back = await moveApplication({ applicationId: id, to: "interview" }, { user: emp });
    expect(back).toMatchObject({ ok: false, code: "conflict", error: "这份投递目前是“面试”，不能改为“面试”。状态只能向前推进。" });
    expect(await moveApplication({ applicationId: id, to: "viewed" }, { user: emp })).toMatchObject({ ok: false, code: "invalid" });
    expect(await moveApplication({ applicationId: id, to: "hired", startDate: "2026-12-01" }, { user: emp })).toMatchObject({ ok: false, code: "conflict" });
    expect(await statusOf(id)).toBe("interview");
    expect(await eventCount(id)).toBe(events);

    expect(await moveApplication({ applicationId: id, to: "offered" }, { user: emp })).toMatchObject({ ok: true });
    expect(await moveApplication({ applicationId: id, to: "hired" }, { user: emp })).toMatchObject({ ok: false, fieldErrors: { startDate: ["请填写入职日期"] } });
    expect(await moveApplication({ applicationId: id, to: "hired", startDate: "2026-12-01", place: "龙山县苗儿滩镇" }, { user: emp })).toMatchObject({ ok: true });

    const view = await getApplicationForSeeker(seeker.id, id);
    expect(view!.timeline.map((e) => e.to)).toEqual(["submitted", "viewed", "interview", "offered", "hired"]);
    expect(view!.hire).toMatchObject({ startDate: "2026-12-01", place: "龙山县苗儿滩镇", checkins: [{ month: 3, dueOn: "2027-03-01" }, { month: 6, dueOn: "2027-06-01" }] });
    const [hire] = await db.select().from(hires).where(eq(hires.applicationId, id));
    expect(hire).toMatchObject({ seekerCountyCode: "433130", poorLabourer: true, kind: "home_based" });
    expect(await db.select().from(retentionCheckins).where(eq(retentionCheckins.hireId, hire!.id))).toHaveLength(2);
    const notes = await db.select().from(notifications).where(eq(notifications.userId, seeker.id));
    expect(notes.map((n) => n.kind).sort()).toEqual(["application.hired", "application.interview", "application.offered", "application.viewed"]);
  });

  it("hiring a withdrawn application is refused and nothing changes", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const job = await makeJob(org.id);
    const applied = await applyToJob({ jobId: job.id }, { user: seeker });
    if (!applied.ok) throw new Error(applied.error);
    const id = applied.data.id;
    await moveApplication({ applicationId: id, to: "interview" }, { user: emp });
    await moveApplication({ applicationId: id, to: "offered" }, { user: emp });
    expect(await withdrawApplication({ applicationId: id }, { user: seeker })).toMatchObject({ ok: true });
    const events = await eventCount(id);
    const r = await moveApplication({ applicationId: id, to: "hired", startDate: "2026-12-01" }, { user: emp });
    expect(r).toMatchObject({ ok: false, code: "conflict", error: "求职者已经撤回了这份投递，不能再更改状态。" });
    expect(await statusOf(id)).toBe("withdrawn");
    expect(await eventCount(id)).toBe(events);
    const db = await getDb();
    expect(await db.select().from(hires).where(eq(hires.applicationId, id))).toHaveLength(0);
    // The employer cannot withdraw for the seeker, the seeker cannot withdraw twice.
    expect(await withdrawApplication({ applicationId: id }, { user: emp })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await withdrawApplication({ applicationId: id }, { user: seeker })).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("headcount", () => {
  it("the hires that reach the headcount mark the job filled, once, even when they commit together; it then takes no applications", async () => {
    const { user: emp, org } = await makeEmployer();
    const job = await makeJob(org.id, { headcount: 2 });
    const offered: string[] = [];
    for (let i = 0; i < 3; i++) {
      const seeker = await makeSeeker();
      const applied = await applyToJob({ jobId: job.id }, { user: seeker });
      if (!applied.ok) throw new Error(applied.error);
      await moveApplication({ applicationId: applied.data.id, to: "interview" }, { user: emp });
      await moveApplication({ applicationId: applied.data.id, to: "offered" }, { user: emp });
      offered.push(applied.data.id);
    }
    const db = await getDb();
    const jobStatus = async () => (await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, job.id)))[0]!.status;

    // Two hires at once reach the headcount of 2: both succeed, exactly one of them reports filling the job.
    const [a, b] = await Promise.all(offered.slice(0, 2).map((id) => moveApplication({ applicationId: id, to: "hired", startDate: "2026-12-01" }, { user: emp })));
    if (!a!.ok || !b!.ok) throw new Error("hire refused");
    expect([a!.data.jobFilled, b!.data.jobFilled].sort()).toEqual([false, true]);
    expect(await jobStatus()).toBe("filled");

    // A third hire beyond the headcount is the employer's call: allowed, and the job stays filled.
    const c = await moveApplication({ applicationId: offered[2]!, to: "hired", startDate: "2026-12-01" }, { user: emp });
    expect(c).toMatchObject({ ok: true, data: { jobFilled: false } });
    expect(await jobStatus()).toBe("filled");
    const late = await applyToJob({ jobId: job.id }, { user: await makeSeeker() });
    expect(late).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("不能再投递") });
  });

  it("a hire below the headcount leaves the job open", async () => {
    const { user: emp, org } = await makeEmployer();
    const job = await makeJob(org.id, { headcount: 5 });
    const seeker = await makeSeeker();
    const applied = await applyToJob({ jobId: job.id }, { user: seeker });
    if (!applied.ok) throw new Error(applied.error);
    await moveApplication({ applicationId: applied.data.id, to: "interview" }, { user: emp });
    await moveApplication({ applicationId: applied.data.id, to: "offered" }, { user: emp });
    expect(await moveApplication({ applicationId: applied.data.id, to: "hired", startDate: "2026-12-01" }, { user: emp })).toMatchObject({ ok: true, data: { jobFilled: false } });
    const db = await getDb();
    expect((await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, job.id)))[0]!.status).toBe("open");
  });
});

describe("who sees what", () => {
  it("another employer sees neither the application nor the seeker; another seeker cannot read it (domain and API)", async () => {
    const { user: emp, org } = await makeEmployer();
    const other = await makeEmployer({ kind: "jinan_employer" });
    const seeker = await makeSeeker();
    const otherSeeker = await makeSeeker({ phone: "13700000000", idNumber: null });
    const job = await makeJob(org.id);
    const applied = await applyToJob({ jobId: job.id }, { user: seeker });
    if (!applied.ok) throw new Error(applied.error);
    const id = applied.data.id;
    await moveApplication({ applicationId: id, to: "interview" }, { user: emp });

    expect(await getApplicationForEmployer(other.user.id, id)).toBeNull();
    expect(await listApplicationsForJob(other.user.id, job.id)).toBeNull();
    expect(await getApplicationForSeeker(otherSeeker.id, id)).toBeNull();
    const db = await getDb();
    expect(await db.transaction((tx) => markViewed(tx, other.user, id))).toBe(false);
    expect(await moveApplication({ applicationId: id, to: "offered" }, { user: other.user })).toMatchObject({ ok: false, code: "not_found" });
    expect(await statusOf(id)).toBe("interview");

    const missing = await apiGet(other.user, "00000000-0000-4000-8000-000000000000");
    for (const who of [other.user, otherSeeker]) {
      const r = await apiGet(who, id);
      expect(r.status).toBe(404);
      expect(r.text).toBe(missing.text);
      expect(leaks(r.text)).toEqual([]);
      expect(r.text).not.toContain("测试求职者");
    }
    expect((await apiGet(null, id)).status).toBe(401);

    // Entitled: the seeker (never their ID number) and the employer at interview (phone, never the ID number).
    const mine = await apiGet(seeker, id);
    expect(mine.status).toBe(200);
    expect(leaks(mine.text)).toEqual([]);
    const theirs = await apiGet(emp, id);
    expect(theirs.status).toBe(200);
    expect(JSON.parse(theirs.text).seeker.phone).toBe(SEEKER_PHONE);
    expect(theirs.text).not.toContain(SEEKER_ID);
    expect(theirs.text).not.toContain("phoneEnc");
  });

  it("another employer cannot write an employer note on the application: not found, nothing recorded", async () => {
    const { user: emp, org } = await makeEmployer();
    const other = await makeEmployer({ kind: "jinan_employer" });
    const job = await makeJob(org.id);
    const applied = await applyToJob({ jobId: job.id }, { user: await makeSeeker() });
    if (!applied.ok) throw new Error(applied.error);
    const id = applied.data.id;
    expect(await saveEmployerNote({ applicationId: id, note: "手很巧" }, { user: emp })).toMatchObject({ ok: true });
    const events = await eventCount(id);
    expect(await saveEmployerNote({ applicationId: id, note: "别家的备注" }, { user: other.user })).toMatchObject({ ok: false, code: "not_found" });
    const db = await getDb();
    const [row] = await db.select({ note: jobApplications.employerNote }).from(jobApplications).where(eq(jobApplications.id, id));
    expect(row!.note).toBe("手很巧");
    expect(await eventCount(id)).toBe(events);
  });

  it("before the interview the employer's API answer has no phone", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const job = await makeJob(org.id);
    caller = seeker;
    const res = await postApplicationApi(new Request("http://localhost/api/v1/applications", { method: "POST", body: JSON.stringify({ jobId: job.id, message: "API 投递" }) }));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    caller = seeker;
    const twice = await postApplicationApi(new Request("http://localhost/api/v1/applications", { method: "POST", body: JSON.stringify({ jobId: job.id }) }));
    expect(twice.status).toBe(409);
    const r = await apiGet(emp, id);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).seeker.phone).toBeNull();
    expect(leaks(r.text)).toEqual([]);
  });
});

describe("seeker profile and data", () => {
  it("stores phone and ID number encrypted, shows back only the last 4, refuses verification fields", async () => {
    await makeEmployer();
    const { makeUser } = await import("./helpers/factories");
    const user = await makeUser({ roles: ["seeker"] });
    const input = { fullName: "龙春花", countyCode: "433130", township: "里耶镇", phone: SEEKER_PHONE, idNumber: SEEKER_ID, brands: ["湘西绣娘"], tags: "刺绣、西兰卡普", certificates: "湘西绣娘结业证", preference: "near_home", expectedPay: "3000.5", poorLabourer: "on" };
    expect(await saveSeekerProfile({ ...input, poorLabourerVerified: "on" }, { user })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { _form: ["包含不允许的字段"] } });
    expect(await saveSeekerProfile(input, { user })).toMatchObject({ ok: true });
    const db = await getDb();
    const [row] = await db.select().from(seekerProfiles).where(eq(seekerProfiles.userId, user.id));
    expect(row!.phoneEnc).not.toContain(SEEKER_PHONE);
    expect(row!.idNumberEnc).not.toContain(SEEKER_ID);
    expect(row!.expectedPayFen).toBe(300050);
    expect(row!.poorLabourerVerified).toBe(false);
    expect(row!.skills).toEqual(["湘西绣娘", "刺绣", "西兰卡普"]);
    const mine = await getMySeekerProfile(user.id);
    expect(JSON.stringify(mine)).not.toContain(SEEKER_PHONE);
    expect(JSON.stringify(mine)).not.toContain(SEEKER_ID.slice(0, 17));
    expect(mine).toMatchObject({ phoneLast4: "5678", idNumberLast4: "002X" });
    // Saving again without numbers keeps them.
    expect(await saveSeekerProfile({ ...input, phone: "", idNumber: "" }, { user })).toMatchObject({ ok: true });
    expect(await getMySeekerProfile(user.id)).toMatchObject({ phoneLast4: "5678", idNumberLast4: "002X" });
  });

  it("deleting my data removes the profile and applications, keeps hires anonymised", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const hiredJob = await makeJob(org.id);
    const otherJob = await makeJob(org.id, { title: "织机操作工" });
    const a = await applyToJob({ jobId: hiredJob.id }, { user: seeker });
    const b = await applyToJob({ jobId: otherJob.id }, { user: seeker });
    if (!a.ok || !b.ok) throw new Error("apply failed");
    for (const to of ["interview", "offered"] as const) await moveApplication({ applicationId: a.data.id, to }, { user: emp });
    await moveApplication({ applicationId: a.data.id, to: "hired", startDate: "2026-10-01" }, { user: emp });
    expect(await deleteMySeekerData({ confirm: "yes" }, { user: seeker })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { confirm: ["请在框中输入“删除”两个字以确认"] } });
    // The word the Chinese page asks for; the English one is accepted too (below).
    expect(await deleteMySeekerData({ confirm: " 删除 " }, { user: seeker })).toEqual({ ok: true, data: { deletedApplications: 1, anonymisedHires: 1 } });
    expect(await getMySeekerProfile(seeker.id)).toBeNull();
    const db = await getDb();
    const [hire] = await db.select().from(hires).where(eq(hires.applicationId, a.data.id));
    expect(hire).toMatchObject({ seekerId: null, seekerCountyCode: "433130", poorLabourer: true });
    expect(await db.select().from(jobApplications).where(eq(jobApplications.id, b.data.id))).toHaveLength(0);
    const view = await getApplicationForEmployer(emp.id, a.data.id);
    expect(view!.seeker).toBeNull();
    expect(view!.message).toBe("");
  });

  it("deleting my data is confirmed by the localized word or DELETE, in any language", async () => {
    const seeker = await makeSeeker();
    const en = await deleteMySeekerData({ confirm: "删 除" }, { user: seeker, locale: "en" });
    expect(en).toMatchObject({ ok: false, fieldErrors: { confirm: ["Type DELETE in the box to confirm"] } });
    expect(await getMySeekerProfile(seeker.id)).not.toBeNull();
    expect(await deleteMySeekerData({ confirm: "delete" }, { user: seeker, locale: "en" })).toMatchObject({ ok: true });
    expect(await getMySeekerProfile(seeker.id)).toBeNull();
  });
});

describe("logs", () => {
  it("nothing printed during these tests contains a plain phone or ID number", () => {
    expect(printed.flatMap(leaks)).toEqual([]);
  });
});
