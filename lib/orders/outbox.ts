/**
 * Work after commit, collected during a mutation and keyed by its result object (never part of the DTO):
 * e-mail copies of notifications to send right away (ids; the rows are the durable record) and cache tags to expire.
 */
import type { MailOutbox } from "@/lib/notifications/notify";
import { emailAfterResponse } from "@/lib/notifications/notify";
import { invalidate } from "@/lib/cache";

const pending = new WeakMap<object, { mail: MailOutbox; tags: string[] }>();

export function withOutbox<T extends object>(data: T, mail: MailOutbox, tags: string[] = []): T {
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
