import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jobApplications, notifications, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { applyToJob, moveApplication, openApplicationAsEmployer, withdrawApplication } from "@/lib/applications/mutations";
import { unusedPort, setupFakeSmtp } from "./fakes/smtp-server";
import { makeEmployer, makeJob, makeSeeker, SEEKER_ID, SEEKER_PHONE } from "./helpers/employment";

const smtp = setupFakeSmtp();

const emailOf = async (u: SessionUser) => {
  const db = await getDb();
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, u.id));
  return row!.email!;
};
const mailTo = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address)).map((m) => ({ subject: m.subject, text: m.text }));

async function apply(seeker: SessionUser, jobId: string): Promise<string> {
  const r = await applyToJob({ jobId }, { user: seeker });
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("employment notifications by e-mail", () => {
  it("the employer hears of new applications and withdrawals, the seeker of every step; no phone or ID number in any mail", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const [empMail, seekerMail] = [await emailOf(emp), await emailOf(seeker)];
    const job = await makeJob(org.id);
    const link = (path: string) => `${env.APP_URL}${path}`;

    const id = await apply(seeker, job.id);
    expect(mailTo(empMail)).toEqual([{ subject: "“居家刺绣工”收到一份新投递", text: `“居家刺绣工”收到一份新投递\n\n${link(`/employer/applications/${id}`)}\n` }]);

    expect(await openApplicationAsEmployer(emp, id)).toBe(true);
    expect(await openApplicationAsEmployer(emp, id)).toBe(false); // viewed once, told once
    for (const to of ["interview", "offered"] as const) expect(await moveApplication({ applicationId: id, to }, { user: emp })).toMatchObject({ ok: true });
    expect(await moveApplication({ applicationId: id, to: "hired", startDate: "2026-12-01" }, { user: emp })).toMatchObject({ ok: true });
    expect(mailTo(seekerMail)).toEqual(
      ["用工单位已查看你投递的“居家刺绣工”", "“居家刺绣工”邀请你面试", "“居家刺绣工”向你发出了录用意向", "恭喜！你已被“居家刺绣工”录用"].map((subject) => ({
        subject,
        text: `${subject}\n\n${link(`/seeker/applications/${id}`)}\n`,
      })),
    );

    const second = await apply(seeker, (await makeJob(org.id, { title: "苗绣车间质检员" })).id);
    expect(await moveApplication({ applicationId: second, to: "rejected" }, { user: emp })).toMatchObject({ ok: true });
    const third = await apply(seeker, (await makeJob(org.id, { title: "腊肉分拣工" })).id);
    expect(await withdrawApplication({ applicationId: third }, { user: seeker })).toMatchObject({ ok: true });
    expect(mailTo(seekerMail).slice(4).map((m) => m.subject)).toEqual(["“苗绣车间质检员”这次没有录用你"]);
    expect(mailTo(empMail).map((m) => m.subject)).toEqual(["“居家刺绣工”收到一份新投递", "“苗绣车间质检员”收到一份新投递", "“腊肉分拣工”收到一份新投递", "求职者撤回了“腊肉分拣工”的投递"]);

    // A refused move changes nothing and mails nothing.
    const before = smtp.received.length;
    expect(await moveApplication({ applicationId: second, to: "interview" }, { user: emp })).toMatchObject({ ok: false, code: "conflict" });
    expect(smtp.received.length).toBe(before);

    const everything = smtp.received.map((m) => `${m.raw}\n${m.subject}\n${m.text}`).join("\n");
    for (const secret of [SEEKER_PHONE, SEEKER_ID, SEEKER_ID.slice(0, 17), SEEKER_PHONE.slice(-8)]) expect(everything).not.toContain(secret);
  });

  it("writes in the recipient's language and skips accounts without an address", async () => {
    const { user: emp, org } = await makeEmployer();
    const en = await makeSeeker();
    const phoneOnly = await makeSeeker({ phone: "13700001111" });
    const db = await getDb();
    await db.update(users).set({ locale: "en" }).where(eq(users.id, en.id));
    await db.update(users).set({ email: null, phone: "13700001111" }).where(eq(users.id, phoneOnly.id));
    const job = await makeJob(org.id);

    const a = await apply(en, job.id);
    const b = await apply(phoneOnly, job.id);
    await moveApplication({ applicationId: a, to: "interview" }, { user: emp });
    await moveApplication({ applicationId: b, to: "interview" }, { user: emp });
    expect(mailTo(await emailOf(en))).toEqual([{ subject: "Interview invitation for “居家刺绣工”", text: `Interview invitation for “居家刺绣工”\n\n${env.APP_URL}/seeker/applications/${a}\n` }]);
    // The phone-only seeker has the in-app notification, and no mail went anywhere for them.
    expect(await db.select().from(notifications).where(and(eq(notifications.userId, phoneOnly.id), eq(notifications.kind, "application.interview")))).toHaveLength(1);
    expect(new Set(smtp.received.flatMap((m) => m.envelopeTo))).toEqual(new Set([await emailOf(emp), await emailOf(en)]));
    expect(smtp.received.filter((m) => m.text.includes(`/seeker/applications/${b}`))).toHaveLength(0);
    expect(smtp.received.map((m) => m.raw).join("\n")).not.toContain("13700001111");
  });

  it("a phone number an employer typed into a job title is masked in the e-mail, kept in the app", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const job = await makeJob(org.id, { title: "刺绣工 电话13912340000" });
    await apply(seeker, job.id);
    expect(mailTo(await emailOf(emp)).map((m) => m.subject)).toEqual(["“刺绣工 电话***”收到一份新投递"]);
    const db = await getDb();
    const [inApp] = await db.select({ title: notifications.title }).from(notifications).where(eq(notifications.userId, emp.id));
    expect(inApp!.title).toBe("“刺绣工 电话13912340000”收到一份新投递");
  });

  it("an SMTP outage does not undo or fail the employer's move", async () => {
    const { user: emp, org } = await makeEmployer();
    const seeker = await makeSeeker();
    const id = await apply(seeker, (await makeJob(org.id)).id);
    env.MAIL_TRANSPORT = `smtp://127.0.0.1:${await unusedPort()}`; // nothing listens: the connection is refused
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await moveApplication({ applicationId: id, to: "interview" }, { user: emp })).toMatchObject({ ok: true, data: { id, status: "interview" } });
    const db = await getDb();
    const [app] = await db.select({ status: jobApplications.status }).from(jobApplications).where(eq(jobApplications.id, id));
    expect(app!.status).toBe("interview");
    expect(await db.select().from(notifications).where(and(eq(notifications.userId, seeker.id), eq(notifications.kind, "application.interview")))).toHaveLength(1);
    expect(errors.mock.calls.map((c) => c.join(" ")).join("\n")).toMatch(/\[mail\] delivery failed kind=application\.interview to=u\*\*\*@test\.xiangji\.cn/);
  });
});
