/**
 * In-app notifications (a row per recipient, inside the caller's transaction) and e-mail through the
 * configured transport after commit ("log" in development: printed, never sent).
 *
 * Two ways to have the e-mail copies sent once the transaction has committed:
 * - collect them in an outbox array and call `emailNotifications(outbox)` after commit (orders);
 * - `notify(tx, items, { email: true })`, then return `emailAfterCommit(tx, result)` from the mutation and set
 *   `after: sendQueuedEmail` (employment). A transaction that rolls back leaves no result: nothing is sent.
 */
import { inArray } from "drizzle-orm";
import { after as afterResponse } from "next/server";
import type { Tx } from "@/db/client";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { env } from "@/lib/env";
import type { OutgoingMail } from "./smtp";

export interface NotificationInput {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  href?: string;
}

const queuedOnTx = new WeakMap<Tx, NotificationInput[]>();
const queuedOnResult = new WeakMap<object, NotificationInput[]>();

export async function notify(tx: Tx, items: NotificationInput | NotificationInput[], opts: { email?: boolean } = {}): Promise<void> {
  const list = Array.isArray(items) ? items : [items];
  if (!list.length) return;
  await tx.insert(notifications).values(list.map((n) => ({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null })));
  if (opts.email) queuedOnTx.set(tx, [...(queuedOnTx.get(tx) ?? []), ...list]);
}

/** Moves the e-mail copies queued on `tx` onto `result` (the mutation's return value) for `sendQueuedEmail`. */
export function emailAfterCommit<T extends object>(tx: Tx, result: T): T {
  const items = queuedOnTx.get(tx);
  queuedOnTx.delete(tx);
  if (items?.length) queuedOnResult.set(result, items);
  return result;
}

/**
 * A mutation's `after` step: sends what emailAfterCommit put on its result, after the response so a slow mail
 * server never holds up the user's page. Never throws.
 */
export async function sendQueuedEmail(result: unknown): Promise<void> {
  if (!result || typeof result !== "object") return;
  const items = queuedOnResult.get(result);
  queuedOnResult.delete(result);
  if (items) await emailAfterResponse(items);
}

/** E-mail copies sent after the response in a request (Next's `after`), awaited outside one. Never throws. */
export async function emailAfterResponse(items: NotificationInput[]): Promise<void> {
  if (!items.length) return;
  try {
    afterResponse(() => emailNotifications(items));
  } catch {
    await emailNotifications(items);
  }
}

// Mainland mobile numbers (also written 139 1234 5678) and resident ID numbers. No template puts one in a
// notification; free text that reaches one (a job title, a reason) still never carries one out by e-mail.
const PII_RE = /(?<![0-9A-Za-z])(?:1[3-9]\d(?:[ -]?\d{4}){2}|\d{17}[\dXx])(?![0-9A-Za-z])/g;
export const withoutPii = (text: string) => text.replace(PII_RE, "***");

/** The e-mail copy of a notification: the recipient's language (as written for the in-app row), plain text. */
export function mailOf(item: NotificationInput, to: string): OutgoingMail {
  const link = item.href ? new URL(item.href, env.APP_URL).toString() : "";
  const text = [item.body || item.title, link].filter(Boolean).join("\n\n");
  return { to, from: env.MAIL_FROM, subject: withoutPii(item.title), text: `${withoutPii(text)}\n` };
}

/** "a***@example.cn": enough to find the account in a log, not enough to harvest addresses. */
export const maskAddress = (to: string) => to.replace(/^(.)[^@]*@/, "$1***@");

export interface MailReport {
  sent: number;
  failed: number;
}

/** E-mail copies, sent after the transaction commits. Failures are logged (kind, masked address), never thrown. */
export async function emailNotifications(items: NotificationInput[]): Promise<MailReport> {
  const report: MailReport = { sent: 0, failed: 0 };
  if (!items.length) return report;
  let emailOf: Map<string, string | null>;
  try {
    const db = await getDb();
    const recipients = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, [...new Set(items.map((i) => i.userId))]));
    emailOf = new Map(recipients.map((r) => [r.id, r.email]));
  } catch (e) {
    console.error(`[mail] ${items.length} e-mail(s) not sent: recipients could not be read:`, e instanceof Error ? e.message : e);
    report.failed = items.length;
    return report;
  }
  for (const item of items) {
    const to = emailOf.get(item.userId);
    if (!to) continue; // an account without an e-mail address has the in-app notification only
    const mail = mailOf(item, to);
    if (env.MAIL_TRANSPORT === "log") {
      if (env.NODE_ENV === "development") console.log(`[mail] to=${to} subject=${JSON.stringify(mail.subject)}`);
      continue;
    }
    // The transport module (nodemailer) is loaded only when SMTP is configured.
    try {
      const { sendMail } = await import("./smtp");
      await sendMail(mail);
      report.sent += 1;
    } catch (e) {
      report.failed += 1;
      console.error(`[mail] delivery failed kind=${item.kind} to=${maskAddress(to)}:`, e instanceof Error ? e.message : e);
    }
  }
  return report;
}
