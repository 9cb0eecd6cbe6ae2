/** The signed-in user's own notifications: list and mark read (only rows with their user id). */
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { mutation } from "@/lib/action";

export interface NotificationDto {
  id: string;
  kind: string;
  title: string;
  body: string;
  href: string | null;
  read: boolean;
  createdAt: Date;
}

export async function listNotifications(userId: string, limit = 50): Promise<{ items: NotificationDto[]; unread: number }> {
  const db = await getDb();
  const rows = await db
    .select({ id: notifications.id, kind: notifications.kind, title: notifications.title, body: notifications.body, href: notifications.href, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const [unread] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { items: rows.map(({ readAt, ...r }) => ({ ...r, read: readAt !== null })), unread: unread?.n ?? 0 };
}

export const markNotificationsRead = mutation({
  roles: "any",
  input: z.strictObject({ id: z.uuid().optional() }),
  async run({ tx, user, input }) {
    const where = input.id
      ? and(eq(notifications.userId, user.id), eq(notifications.id, input.id), isNull(notifications.readAt))
      : and(eq(notifications.userId, user.id), isNull(notifications.readAt));
    const rows = await tx.update(notifications).set({ readAt: new Date() }).where(where).returning({ id: notifications.id });
    return { marked: rows.length };
  },
});
