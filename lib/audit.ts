import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";

/** Record an administrative or sensitive action inside the caller's transaction (who, what, before/after). */
export async function audit(tx: Tx, entry: { actorId: string | null; action: string; entity: string; entityId: string; before?: unknown; after?: unknown }): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: (entry.before ?? null) as never,
    after: (entry.after ?? null) as never,
  });
}
