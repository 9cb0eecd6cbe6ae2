/** The audit log page: who did what, when, with before/after. */
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";

export interface AuditEntry {
  id: number;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

const PAGE = 30;

export async function listAuditLog(opts: { page?: number; entity?: string } = {}): Promise<{ items: AuditEntry[]; pages: number }> {
  const db = await getDb();
  const page = Math.max(1, opts.page ?? 1);
  const where = opts.entity ? eq(auditLog.entity, opts.entity) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        actorName: users.name,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(PAGE)
      .offset((page - 1) * PAGE),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, pages: Math.max(1, Math.ceil((count?.n ?? 0) / PAGE)) };
}
