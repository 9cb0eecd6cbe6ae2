import { describe, expect, it, vi } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { env, envSchema } from "@/lib/env";
import { listNotifications, markNotificationsRead } from "@/lib/notifications/inbox";
import {
  emailAfterCommit,
  emailNotifications,
  MAX_MAIL_ATTEMPTS,
  notify,
  sendQueuedEmail,
  sweepNotificationEmails,
  withoutPii,
  type NotificationInput,
} from "@/lib/notifications/notify";
import { sendMail, smtpTransport } from "@/lib/notifications/smtp";
import { decodeWords, unusedPort, setupFakeSmtp } from "./fakes/smtp-server";
import { makeUser } from "./helpers/factories";

const smtp = setupFakeSmtp();

const item = (userId: string, title = "订单 XJ2026112912345678 已付款"): NotificationInput => ({ userId, kind: "order_paid", title, body: "货款已确认，请按约定时间发货。", href: "/producer/orders/abc" });
/** Notifications with their e-mail copies owed, committed; their ids. */
const owe = async (items: NotificationInput[]) => (await getDb()).transaction((tx) => notify(tx, items, { email: true }));
const outboxOf = async (ids: string[]) =>
  (await getDb())
    .select({ id: notifications.id, status: notifications.emailStatus, attempts: notifications.emailAttempts, nextAt: notifications.emailNextAt })
    .from(notifications)
    .where(inArray(notifications.id, ids));
const statusOf = async (ids: string[]) => (await outboxOf(ids)).map((r) => r.status);
const mailTo = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));
const minutes = (n: number, from = Date.now()) => new Date(from + n * 60_000);

describe("SMTP transport", () => {
  it("sends plain UTF-8 text through the server and account in MAIL_TRANSPORT", async () => {
    await sendMail({ to: "buyer@example.cn", from: env.MAIL_FROM, subject: "订单 XJ2026112912345678 已发货", text: "商品已经发出，可在订单页查看物流单号。\n\nhttp://localhost:3000/orders/1\n" });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({ envelopeFrom: "noreply@xiangji.example", envelopeTo: ["buyer@example.cn"], user: "mailer" });
    expect(mail!.subject).toBe("订单 XJ2026112912345678 已发货");
    expect(mail!.text).toBe("商品已经发出，可在订单页查看物流单号。\n\nhttp://localhost:3000/orders/1\n");
    expect(decodeWords(mail!.headers.get("from")!)).toBe("湘济通 <noreply@xiangji.example>");
    expect(mail!.headers.get("content-type")).toMatch(/^text\/plain; charset=utf-8/i);
    expect(mail!.headers.get("auto-submitted")).toBe("auto-generated");
    // The Chinese subject and body went out encoded (7-bit clean), which any SMTP relay accepts.
    expect(mail!.raw).toMatch(/^[\x00-\x7f]+$/);
  });

  it("creates the transport once per URL", () => {
    expect(smtpTransport(smtp.url)).toBe(smtpTransport(smtp.url));
    const other = smtpTransport("smtp://127.0.0.1:2");
    expect(other).not.toBe(smtpTransport(smtp.url));
  });

  it("throws when the server refuses the recipient or the password", async () => {
    smtp.refuse.add("nobody@example.cn");
    await expect(sendMail({ to: "nobody@example.cn", from: env.MAIL_FROM, subject: "s", text: "t" })).rejects.toThrow(/550/);
    env.MAIL_TRANSPORT = smtp.url.replace(/:[^:@/]+@/, ":wrong@");
    await expect(sendMail({ to: "buyer@example.cn", from: env.MAIL_FROM, subject: "s", text: "t" })).rejects.toThrow(/Invalid username or password/);
    expect(smtp.received).toHaveLength(0);
  });
});

describe("e-mail copies of notifications", () => {
  it("go to each recipient's address with the link to the page; a refused one is logged masked, the others still go", async () => {
    const a = await makeUser({ email: "alice.producer@example.cn" });
    const b = await makeUser({ email: "bob.producer@example.cn" });
    smtp.refuse.add("alice.producer@example.cn");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const report = await emailNotifications(await owe([item(a.id), item(b.id)]));
    expect(report).toEqual({ sent: 1, failed: 1 });
    expect(smtp.received.map((m) => m.envelopeTo)).toEqual([["bob.producer@example.cn"]]);
    expect(smtp.received[0]!.text).toBe(`货款已确认，请按约定时间发货。\n\n${env.APP_URL}/producer/orders/abc\n`);
    const logged = errors.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(logged).toContain("kind=order_paid to=a***@example.cn");
    expect(logged).not.toContain("alice.producer");
  });

  it("an unreachable server does not throw into the caller", async () => {
    const u = await makeUser();
    env.MAIL_TRANSPORT = `smtp://127.0.0.1:${await unusedPort()}`;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(emailNotifications(await owe([item(u.id)]))).resolves.toEqual({ sent: 0, failed: 1 });
    expect(errors).toHaveBeenCalledOnce();
    expect(String(errors.mock.calls[0]![1])).toMatch(/ECONNREFUSED/);
  });

  it("MAIL_TRANSPORT=log sends nothing and counts the copy as delivered", async () => {
    const u = await makeUser();
    env.MAIL_TRANSPORT = "log";
    const ids = await owe([item(u.id)]);
    expect(await emailNotifications(ids)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received).toHaveLength(0);
    expect(await statusOf(ids)).toEqual(["sent"]);
  });

  it("queued in a transaction, they leave only with that transaction's result, once", async () => {
    const u = await makeUser();
    const v = await makeUser();
    const db = await getDb();
    const [first, second] = await Promise.all([
      db.transaction(async (tx) => {
        await notify(tx, item(u.id, "第一笔"), { email: true });
        return emailAfterCommit(tx, { n: 1 });
      }),
      db.transaction(async (tx) => {
        await notify(tx, item(v.id, "第二笔"), { email: true });
        await notify(tx, item(v.id, "不发邮件")); // in-app only
        return emailAfterCommit(tx, { n: 2 });
      }),
    ]);
    await sendQueuedEmail(second);
    expect(smtp.received.map((m) => m.subject)).toEqual(["第二笔"]);
    await sendQueuedEmail(second);
    await sendQueuedEmail(first);
    expect(smtp.received.map((m) => m.subject)).toEqual(["第二笔", "第一笔"]);
  });

  it("never carry a mobile or ID number, whatever text reached them", () => {
    expect(withoutPii("请联系 13912345678 或 139 1234 5678、139-1234-5678")).toBe("请联系 *** 或 ***、***");
    expect(withoutPii("身份证 43313019880715002X / 433130198807150021")).toBe("身份证 *** / ***");
    // Order numbers, long digit runs and link ids stay as they are.
    const safe = "订单 XJ2026112912345678 · 单号 1391234567890 · /seeker/applications/0f9e8d7c-6b5a-4c3d-9e8f-a13912345678";
    expect(withoutPii(safe)).toBe(safe);
  });
});

describe("the e-mail outbox", () => {
  it("a committed copy is sent once and marked sent; a recipient without an address is settled as 'none'", async () => {
    const u = await makeUser({ email: "once@example.cn" });
    const phoneOnly = await makeUser({ phone: "13700002222" });
    const db = await getDb();
    await db.update(users).set({ email: null }).where(eq(users.id, phoneOnly.id));
    const ids = await owe([item(u.id), item(phoneOnly.id)]);
    expect(await outboxOf(ids)).toEqual(expect.arrayContaining([expect.objectContaining({ status: "pending", attempts: 0 })]));
    expect(await emailNotifications(ids)).toEqual({ sent: 1, failed: 0 });
    expect(await emailNotifications(ids)).toEqual({ sent: 0, failed: 0 });
    await sweepNotificationEmails(minutes(60 * 24));
    expect(mailTo("once@example.cn")).toHaveLength(1); // (the sweep also retried copies earlier tests left pending)
    expect(Object.fromEntries((await outboxOf(ids)).map((r) => [r.id, r.status]))).toEqual({ [ids[0]!]: "sent", [ids[1]!]: "none" });
  });

  it("a rolled-back transaction leaves no copy to send", async () => {
    const u = await makeUser({ email: "rollback@example.cn" });
    const db = await getDb();
    let ids: string[] = [];
    await expect(
      db.transaction(async (tx) => {
        ids = await notify(tx, item(u.id), { email: true });
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(ids).toHaveLength(1);
    expect(await outboxOf(ids)).toEqual([]);
    expect(await emailNotifications(ids)).toEqual({ sent: 0, failed: 0 });
    await sweepNotificationEmails(minutes(60 * 24));
    expect(mailTo("rollback@example.cn")).toHaveLength(0);
  });

  it("an SMTP outage at commit leaves the copy pending (attempt 1, due in a minute); the sweep sends it once the server is back", async () => {
    const u = await makeUser({ email: "outage@example.cn" });
    env.MAIL_TRANSPORT = `smtp://127.0.0.1:${await unusedPort()}`;
    vi.spyOn(console, "error").mockImplementation(() => {});
    const t0 = new Date();
    const ids = await owe([item(u.id)]);
    expect(await emailNotifications(ids, t0)).toEqual({ sent: 0, failed: 1 });
    const [pending] = await outboxOf(ids);
    expect(pending).toMatchObject({ status: "pending", attempts: 1 });
    // Due a minute after the failure: the claim's time plus however long the refused connection took.
    expect(pending!.nextAt!.getTime() - minutes(1, t0.getTime()).getTime()).toBeGreaterThanOrEqual(0);
    expect(pending!.nextAt!.getTime() - minutes(1, t0.getTime()).getTime()).toBeLessThan(20_000);

    env.MAIL_TRANSPORT = smtp.url;
    await sweepNotificationEmails(new Date(t0.getTime() + 30_000)); // not due yet
    expect(mailTo("outage@example.cn")).toHaveLength(0);
    await sweepNotificationEmails(minutes(2, t0.getTime()));
    expect(mailTo("outage@example.cn").map((m) => m.subject)).toEqual(["订单 XJ2026112912345678 已付款"]);
    expect(await outboxOf(ids)).toEqual([expect.objectContaining({ status: "sent", attempts: 1 })]);
  });

  it("the immediate sender and the sweep claiming the same rows at once send each copy exactly once", async () => {
    const u = await makeUser({ email: "race@example.cn" });
    const ids = await owe(Array.from({ length: 12 }, (_, i) => item(u.id, `并发 ${i}`)));
    const later = minutes(1);
    await Promise.all([emailNotifications(ids), sweepNotificationEmails(later), emailNotifications(ids), sweepNotificationEmails(later)]);
    const subjects = mailTo("race@example.cn").map((m) => m.subject);
    expect(subjects.toSorted()).toEqual(Array.from({ length: 12 }, (_, i) => `并发 ${i}`).toSorted());
    expect(new Set(await statusOf(ids))).toEqual(new Set(["sent"]));
  });

  it("a copy stuck in 'sending' (the process died mid-send) is taken back by the sweep after ten minutes", async () => {
    const u = await makeUser({ email: "stuck@example.cn" });
    const ids = await owe([item(u.id)]);
    const t0 = new Date();
    await (await getDb()).update(notifications).set({ emailStatus: "sending", emailClaimedAt: t0 }).where(inArray(notifications.id, ids));
    await sweepNotificationEmails(minutes(9, t0.getTime()));
    expect(mailTo("stuck@example.cn")).toHaveLength(0);
    expect(await statusOf(ids)).toEqual(["sending"]);
    await sweepNotificationEmails(minutes(11, t0.getTime()));
    expect(mailTo("stuck@example.cn")).toHaveLength(1);
    expect(await outboxOf(ids)).toEqual([expect.objectContaining({ status: "sent", attempts: 1 })]);
  });

  it(`after ${MAX_MAIL_ATTEMPTS} failed attempts a copy is marked failed and never retried`, async () => {
    const u = await makeUser({ email: "gone@example.cn" });
    smtp.refuse.add("gone@example.cn");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const ids = await owe([item(u.id)]);
    let t = Date.now();
    expect(await emailNotifications(ids, new Date(t))).toEqual({ sent: 0, failed: 1 });
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      t = (await outboxOf(ids))[0]!.nextAt!.getTime();
      await sweepNotificationEmails(new Date(t - 1000)); // not before it is due
      expect((await outboxOf(ids))[0]!.attempts).toBe(attempt - 1);
      await sweepNotificationEmails(new Date(t));
      expect((await outboxOf(ids))[0]!.attempts).toBe(attempt);
    }
    expect(await outboxOf(ids)).toEqual([{ id: ids[0], status: "failed", attempts: MAX_MAIL_ATTEMPTS, nextAt: null }]);
    const logged = errors.mock.calls.map((c) => String(c[0]));
    expect(logged.filter((l) => l.includes("to=g***@example.cn"))).toHaveLength(MAX_MAIL_ATTEMPTS);
    expect(logged.at(-1)).toContain(`attempt ${MAX_MAIL_ATTEMPTS}, given up`);
    expect(logged.join("\n")).not.toContain("gone@example.cn");

    smtp.refuse.clear();
    await sweepNotificationEmails(minutes(60 * 24 * 30, t));
    expect(mailTo("gone@example.cn")).toHaveLength(0);
    expect(await statusOf(ids)).toEqual(["failed"]);
  });
});

describe("MAIL_TRANSPORT setting", () => {
  const base = { AUTH_SECRET: "x".repeat(32), PII_KEY: "y".repeat(32) };
  it('is "log" or an smtp(s) URL with a host', () => {
    expect(envSchema.parse(base).MAIL_TRANSPORT).toBe("log");
    for (const ok of ["log", "smtp://user:pass@mail.example.cn:587", "smtps://u:p%40ss@smtp.exmail.qq.com:465"]) expect(envSchema.safeParse({ ...base, MAIL_TRANSPORT: ok }).success, ok).toBe(true);
    for (const bad of ["sendmail", "smtp://", "http://mail.example.cn", "mail.example.cn:25"]) {
      const r = envSchema.safeParse({ ...base, MAIL_TRANSPORT: bad });
      expect(r.error?.issues.map((i) => i.path.join(".")), bad).toEqual(["MAIL_TRANSPORT"]);
    }
  });
});

describe("the inbox", () => {
  it("marks only the caller's own notifications read: another user's id, or 'all', leaves theirs unread", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    const db = await getDb();
    const [mine, theirs] = await db
      .insert(notifications)
      .values([me, other].map((u) => ({ userId: u.id, kind: "order.placed", title: "新订单" })))
      .returning({ id: notifications.id });
    expect(await markNotificationsRead({ id: theirs!.id }, { user: me })).toEqual({ ok: true, data: { marked: 0 } });
    expect(await markNotificationsRead({}, { user: me })).toEqual({ ok: true, data: { marked: 1 } });
    const readAt = async (id: string) => (await db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id)))[0]!.readAt;
    expect(await readAt(theirs!.id)).toBeNull();
    expect(await readAt(mine!.id)).not.toBeNull();
    expect((await listNotifications(other.id)).unread).toBe(1);
  });
});
