/**
 * In-app notifications (a row per recipient, inside the caller's transaction) and their e-mail copies through the
 * configured transport ("log" in development: printed, never sent), from a durable outbox.
 *
 * `notify(tx, items, { email: true })` marks each row's copy 'pending' in the same INSERT, so the copy commits
 * or rolls back with the notification. After commit the request sends it right away (after the response) and
 * the server's one-minute sweep sends whatever that missed: the process died, the SMTP server was down.
 * Either sender first claims rows with a conditional UPDATE (pending → sending, returning), so no row is sent
 * by both. Delivery is at least once: a process that dies after the SMTP server accepted a message but before
 * 'sent' was written leaves the row 'sending'; the sweep reclaims it after SENDING_TIMEOUT_MS and sends again.
 *
 * Two ways to have the copies sent right away once the transaction has committed:
 * - collect the ids `notify` returns in a MailOutbox and call `emailNotifications(outbox)` after commit (orders);
 * - return `emailAfterCommit(tx, result)` from the mutation and set `after: sendQueuedEmail` (employment).
 * A transaction that rolls back leaves no rows: an id of one claims nothing.
 */
import { and, asc, eq, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { after as afterResponse } from "next/server";
import type { Database, Tx } from "@/db/client";
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

/** Ids of notifications whose e-mail copy is pending, to send right away after commit. */
export type MailOutbox = string[];

const queuedOnTx = new WeakMap<Tx, MailOutbox>();
const queuedOnResult = new WeakMap<object, MailOutbox>();

/** Writes the in-app rows; with `email`, their e-mail copies are owed too. Returns the ids of those (else []). */
export async function notify(tx: Tx, items: NotificationInput | NotificationInput[], opts: { email?: boolean } = {}): Promise<MailOutbox> {
  const list = Array.isArray(items) ? items : [items];
  if (!list.length) return [];
  const rows = list.map((n) => ({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null }));
  if (!opts.email) {
    await tx.insert(notifications).values(rows);
    return [];
  }
  const now = new Date();
  const inserted = await tx
    .insert(notifications)
    .values(rows.map((r) => ({ ...r, emailStatus: "pending", emailNextAt: now })))
    .returning({ id: notifications.id });
  const ids = inserted.map((r) => r.id);
  queuedOnTx.set(tx, [...(queuedOnTx.get(tx) ?? []), ...ids]);
  return ids;
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
export async function emailAfterResponse(ids: MailOutbox): Promise<void> {
  if (!ids.length) return;
  try {
    afterResponse(() => emailNotifications(ids));
  } catch {
    await emailNotifications(ids);
  }
}

// Mainland mobile numbers (also written 139 1234 5678) and resident ID numbers. No template puts one in a
// notification; free text that reaches one (a job title, a reason) still never carries one out by e-mail.
const PII_RE = /(?<![0-9A-Za-z])(?:1[3-9]\d(?:[ -]?\d{4}){2}|\d{17}[\dXx])(?![0-9A-Za-z])/g;
export const withoutPii = (text: string) => text.replace(PII_RE, "***");

/** The e-mail copy of a notification: the recipient's language (as written for the in-app row), plain text. */
export function mailOf(item: { title: string; body?: string; href?: string | null }, to: string): OutgoingMail {
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

/** Minutes to wait after the 1st, 2nd, … failed attempt; the attempt after the last wait is the last one. */
const BACKOFF_MINUTES = [1, 5, 30, 120, 720];
export const MAX_MAIL_ATTEMPTS = BACKOFF_MINUTES.length + 1;
/** A row 'sending' for longer than this was claimed by a process that died mid-send: the sweep takes it back. */
export const SENDING_TIMEOUT_MS = 10 * 60_000;
/** A sender hands back what it has not started by then, well before another could take it as stuck. */
const SEND_BUDGET_MS = SENDING_TIMEOUT_MS / 2;
export const MAIL_BATCH = 50;

type Claimed = { id: string; kind: string; title: string; body: string; href: string | null; attempts: number; to: string | null };

/**
 * pending → sending for the rows `which` selects, in one conditional UPDATE: of two senders claiming the same
 * row only one gets it back (PostgreSQL re-checks the status on the row the other has just written). A
 * recipient without an address is settled here: 'none'.
 */
async function claim(db: Database, which: SQL, now: Date): Promise<Claimed[]> {
  return db
    .update(notifications)
    .set({ emailStatus: sql`case when ${users.email} is null then 'none' else 'sending' end`, emailClaimedAt: now })
    .from(users)
    .where(and(eq(users.id, notifications.userId), eq(notifications.emailStatus, "pending"), which))
    .returning({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      attempts: notifications.emailAttempts,
      to: users.email,
    });
}

/** Sends claimed rows one by one and records each outcome (only while the row is still this sender's claim). */
async function deliver(db: Database, rows: Claimed[], claimedAt: Date): Promise<MailReport> {
  const report: MailReport = { sent: 0, failed: 0 };
  const ours = (ids: string[]) => and(inArray(notifications.id, ids), eq(notifications.emailStatus, "sending"), eq(notifications.emailClaimedAt, claimedAt));
  const started = Date.now();
  const queue = rows.filter((r): r is Claimed & { to: string } => r.to !== null);
  for (const [i, row] of queue.entries()) {
    if (Date.now() - started > SEND_BUDGET_MS) {
      await db.update(notifications).set({ emailStatus: "pending" }).where(ours(queue.slice(i).map((r) => r.id)));
      break;
    }
    try {
      const mail = mailOf(row, row.to);
      if (env.MAIL_TRANSPORT === "log") {
        if (env.NODE_ENV === "development") console.log(`[mail] to=${row.to} subject=${JSON.stringify(mail.subject)}`);
      } else {
        // The transport module (nodemailer) is loaded only when SMTP is configured.
        const { sendMail } = await import("./smtp");
        await sendMail(mail);
      }
    } catch (e) {
      report.failed += 1;
      const attempts = row.attempts + 1;
      // Backoff counts from the failure, not the claim: a row that fails late in a slow batch still waits its turn.
      // (The claim's clock plus the time spent sending, so a sweep run with an explicit `now` stays on its clock.)
      const failedAt = claimedAt.getTime() + (Date.now() - started);
      const retryAt = attempts < MAX_MAIL_ATTEMPTS ? new Date(failedAt + BACKOFF_MINUTES[attempts - 1]! * 60_000) : null;
      const outcome = retryAt ? `attempt ${attempts}, retry at ${retryAt.toISOString()}` : `attempt ${attempts}, given up`;
      console.error(`[mail] delivery failed kind=${row.kind} to=${maskAddress(row.to)} (${outcome}):`, e instanceof Error ? e.message : e);
      await db
        .update(notifications)
        .set({ emailStatus: retryAt ? "pending" : "failed", emailAttempts: attempts, emailNextAt: retryAt })
        .where(ours([row.id]));
      continue;
    }
    report.sent += 1;
    await db.update(notifications).set({ emailStatus: "sent" }).where(ours([row.id]));
  }
  return report;
}

/**
 * Sends the e-mail copies of these notifications now, if still pending (right after the commit that wrote
 * them). Failures are logged (kind, masked address) and left to the sweep, never thrown.
 */
export async function emailNotifications(ids: readonly string[], now = new Date()): Promise<MailReport> {
  if (!ids.length) return { sent: 0, failed: 0 };
  try {
    const db = await getDb();
    return await deliver(db, await claim(db, inArray(notifications.id, [...new Set(ids)]), now), now);
  } catch (e) {
    console.error(`[mail] e-mail copies left for the sweep:`, e instanceof Error ? e.message : e);
    return { sent: 0, failed: 0 };
  }
}

/**
 * The server's one-minute sweep: rows stuck in 'sending' past SENDING_TIMEOUT_MS count as a failed attempt
 * (one that kills the process each time must not loop forever) and are due again at once; then up to `limit`
 * due pending rows are claimed and sent. `claimed` = `limit` means more may be due.
 */
export async function sweepNotificationEmails(now = new Date(), limit = MAIL_BATCH): Promise<MailReport & { claimed: number }> {
  const db = await getDb();
  const attempts = sql`${notifications.emailAttempts} + 1`;
  await db
    .update(notifications)
    .set({ emailStatus: sql`case when ${attempts} >= ${MAX_MAIL_ATTEMPTS} then 'failed' else 'pending' end`, emailAttempts: attempts, emailNextAt: now })
    .where(and(eq(notifications.emailStatus, "sending"), lt(notifications.emailClaimedAt, new Date(now.getTime() - SENDING_TIMEOUT_MS))));
  const due = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.emailStatus, "pending"), lte(notifications.emailNextAt, now)))
    .orderBy(asc(notifications.emailNextAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await claim(db, inArray(notifications.id, due), now);
  return { claimed: rows.length, ...(await deliver(db, rows, now)) };
}
