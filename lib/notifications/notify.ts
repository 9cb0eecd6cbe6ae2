/**
 * In-app notifications (a row per recipient, inside the caller's transaction) and e-mail through the
 * configured transport after commit ("log" in development: printed, never sent).
 */
import { inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getDb } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { env } from "@/lib/env";

export interface NotificationInput {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  href?: string;
}

export async function notify(tx: Tx, items: NotificationInput | NotificationInput[]): Promise<void> {
  const list = Array.isArray(items) ? items : [items];
  if (!list.length) return;
  await tx.insert(notifications).values(list.map((n) => ({ userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null })));
}

/** E-mail copies, sent after the transaction commits. Failures are logged, never thrown. */
export async function emailNotifications(items: NotificationInput[]): Promise<void> {
  if (!items.length) return;
  const db = await getDb();
  const recipients = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, [...new Set(items.map((i) => i.userId))]));
  const emailOf = new Map(recipients.map((r) => [r.id, r.email]));
  for (const item of items) {
    const to = emailOf.get(item.userId);
    if (!to) continue;
    if (env.MAIL_TRANSPORT === "log") {
      if (env.NODE_ENV === "development") console.log(`[mail] to=${to} subject=${JSON.stringify(item.title)}`);
      continue;
    }
    // SMTP delivery is configured by MAIL_TRANSPORT; the transport module is loaded only when used.
    try {
      const { sendMail } = await import("./smtp");
      await sendMail({ to, from: env.MAIL_FROM, subject: item.title, text: `${item.body ?? ""}\n${item.href ? env.APP_URL + item.href : ""}` });
    } catch (e) {
      console.error("[mail] delivery failed", e instanceof Error ? e.message : e);
    }
  }
}
