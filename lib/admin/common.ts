/**
 * Shared pieces of the office's mutations. Every administrative mutation is admin-only (checked by
 * `mutation()` before any input is read) and writes an audit row inside its own transaction.
 */
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { translator } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import type { NotificationInput } from "@/lib/notifications/notify";

export const ADMIN = ["admin"] as const;

/** A reason an applicant or producer reads: trimmed, 2–500 characters. */
export const reason = z.string().trim().min(2).max(500);

/** yyyy-mm-dd */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "$invalidDate").refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "$invalidDate");

/** Today's date in China (the platform's calendar), yyyy-mm-dd. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Members of organisations, with their language, for notifications. */
export async function orgMembers(tx: Tx, orgIds: string[]): Promise<{ userId: string; orgId: string; locale: string }[]> {
  if (!orgIds.length) return [];
  return tx
    .select({ userId: memberships.userId, orgId: memberships.orgId, locale: users.locale })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.orgId, orgIds));
}

/** One notification per member, written in the member's language from the `admin.notify` messages. */
export function memberNotifications(
  members: { userId: string; locale: string }[],
  kind: string,
  key: string,
  params: Record<string, string | number>,
  href?: string,
): NotificationInput[] {
  return members.map((m) => {
    const t = translator(isLocale(m.locale) ? m.locale : "zh-CN");
    return { userId: m.userId, kind, title: t(`admin.notify.${key}Title`, params).slice(0, 120), body: t(`admin.notify.${key}Body`, params), href };
  });
}
