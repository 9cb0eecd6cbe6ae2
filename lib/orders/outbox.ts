/**
 * Work after commit, collected during a mutation and keyed by its result object (never part of the DTO):
 * e-mail copies of notifications and cache tags to expire.
 */
import type { NotificationInput } from "@/lib/notifications/notify";
import { emailAfterResponse } from "@/lib/notifications/notify";
import { invalidate } from "@/lib/cache";

const pending = new WeakMap<object, { mail: NotificationInput[]; tags: string[] }>();

export function withOutbox<T extends object>(data: T, mail: NotificationInput[], tags: string[] = []): T {
  if (mail.length || tags.length) pending.set(data, { mail, tags });
  return data;
}

export async function flushOutbox(data: unknown): Promise<void> {
  if (!data || typeof data !== "object") return;
  const work = pending.get(data);
  if (!work) return;
  pending.delete(data);
  if (work.tags.length) invalidate(...new Set(work.tags));
  await emailAfterResponse(work.mail);
}
