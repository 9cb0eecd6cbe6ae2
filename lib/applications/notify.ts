import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { translator, type Translate } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { notify } from "@/lib/notifications/notify";

/**
 * One in-app notification per recipient, written in each recipient's own language, and its e-mail copy owed in
 * the same transaction (sent after commit by the mutation's `after: sendQueuedEmail`, or by the sweep).
 */
export async function notifyInTheirLanguage(tx: Tx, userIds: string[], kind: string, href: string, build: (t: Translate) => { title: string; body?: string }): Promise<void> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return;
  const rows = await tx.select({ id: users.id, locale: users.locale }).from(users).where(inArray(users.id, ids));
  await notify(
    tx,
    rows.map((r) => {
      const { title, body } = build(translator(isLocale(r.locale) ? r.locale : "zh-CN"));
      return { userId: r.id, kind, title: title.slice(0, 120), body, href };
    }),
    { email: true },
  );
}

export async function orgMemberIds(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, orgId));
  return rows.map((r) => r.userId);
}
