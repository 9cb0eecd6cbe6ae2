import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { hires, retentionCheckins } from "@/db/schema";
import { applyToJob, confirmRetentionAsEmployer, confirmRetentionAsSeeker, moveApplication } from "@/lib/applications/mutations";
import { listEmployerCheckins, listSeekerCheckins } from "@/lib/applications/views";
import { makeEmployer, makeJob, makeSeeker } from "./helpers/employment";

describe("retention check-ins", () => {
  it("are confirmed once each side, only when due, only by the hiring org and the person hired", async () => {
    const { user: emp, org } = await makeEmployer();
    const other = await makeEmployer({ kind: "jinan_employer" });
    const seeker = await makeSeeker();
    const otherSeeker = await makeSeeker();
    const job = await makeJob(org.id);
    const a = await applyToJob({ jobId: job.id }, { user: seeker });
    if (!a.ok) throw new Error(a.error);
    for (const to of ["interview", "offered"] as const) await moveApplication({ applicationId: a.data.id, to }, { user: emp });
    // Started long enough ago that month 3 is due, month 6 not yet (relative to the real today).
    const start = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    expect(await moveApplication({ applicationId: a.data.id, to: "hired", startDate: start }, { user: emp })).toMatchObject({ ok: true });
    const db = await getDb();
    const [hire] = await db.select({ id: hires.id }).from(hires).where(eq(hires.applicationId, a.data.id));
    const hireId = hire!.id;

    const tasks = await listEmployerCheckins(emp.id);
    expect(tasks.filter((t) => t.hireId === hireId).map((t) => [t.month, t.due])).toEqual([[3, true]]);
    expect(tasks.find((t) => t.hireId === hireId)?.personName).toBe("测试求职者");
    expect(await listEmployerCheckins(other.user.id)).toEqual([]);

    expect(await confirmRetentionAsEmployer({ hireId, month: "6", stillEmployed: "yes" }, { user: emp })).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("还没到回访时间") });
    expect(await confirmRetentionAsEmployer({ hireId, month: "3", stillEmployed: "yes" }, { user: other.user })).toMatchObject({ ok: false, code: "not_found" });
    expect(await confirmRetentionAsSeeker({ hireId, month: "3", stillEmployed: "yes" }, { user: otherSeeker })).toMatchObject({ ok: false, code: "not_found" });
    expect(await confirmRetentionAsEmployer({ hireId, month: "3", stillEmployed: "yes" }, { user: emp })).toMatchObject({ ok: true });
    expect(await confirmRetentionAsEmployer({ hireId, month: "3", stillEmployed: "no" }, { user: emp })).toMatchObject({ ok: false, error: "这次回访已经确认过了。" });
    expect((await listSeekerCheckins(seeker.id)).map((t) => [t.month, t.due])).toEqual([[3, true], [6, false]]);
    expect((await listSeekerCheckins(seeker.id)).map((t) => t.personName)).toEqual([null, null]);
    expect(await confirmRetentionAsSeeker({ hireId, month: "3", stillEmployed: "yes" }, { user: seeker })).toMatchObject({ ok: true });
    const [c] = await db.select().from(retentionCheckins).where(and(eq(retentionCheckins.hireId, hireId), eq(retentionCheckins.month, 3)));
    expect(c).toMatchObject({ employerConfirmed: true, seekerConfirmed: true, confirmedAt: expect.any(Date) });
  });
});
