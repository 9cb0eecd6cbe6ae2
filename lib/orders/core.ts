/**
 * Order state machine. Orders only move forward along
 *   pending_payment → paid → shipped → received → completed
 * with side exits cancelled (before payment) and refund_requested → refunded (after payment).
 * Every move is a conditional UPDATE … WHERE status = <expected>; a lost race changes nothing.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, orderEvents, orders } from "@/db/schema";
import { DomainError } from "@/lib/action";

export type OrderStatus = (typeof orders.$inferSelect)["status"];
export type OrderRow = typeof orders.$inferSelect;

export const FORWARD: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: ["paid", "cancelled"],
  paid: ["shipped", "refund_requested"],
  shipped: ["received", "refund_requested"],
  received: ["completed", "refund_requested"],
  completed: ["refund_requested"],
  cancelled: [],
  refund_requested: ["refunded"],
  refunded: [],
};

/** Lock and read an order. Not found and not yours look the same to the caller (404). */
export async function lockOrder(tx: Tx, orderId: string): Promise<OrderRow> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  if (!row) throw new DomainError("not_found");
  return row;
}

export async function isOrgMember(tx: Tx, userId: string, orgId: string): Promise<boolean> {
  const [m] = await tx.select({ u: memberships.userId }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId))).limit(1);
  return Boolean(m);
}

export async function orderForBuyer(tx: Tx, userId: string, orderId: string): Promise<OrderRow> {
  const row = await lockOrder(tx, orderId);
  if (row.buyerId !== userId) throw new DomainError("not_found");
  return row;
}

export async function orderForSeller(tx: Tx, userId: string, orderId: string): Promise<OrderRow> {
  const row = await lockOrder(tx, orderId);
  if (!(await isOrgMember(tx, userId, row.sellerOrgId))) throw new DomainError("not_found");
  return row;
}

/**
 * Move an order from `from` to `to`, recording the timeline event. Returns false (nothing written) when the
 * order is no longer in `from` — another request won the race.
 */
export async function moveOrder(
  tx: Tx,
  order: Pick<OrderRow, "id" | "status">,
  to: OrderStatus,
  opts: { actorId: string | null; note?: string | null; set?: Partial<typeof orders.$inferInsert>; now?: Date },
): Promise<boolean> {
  if (!FORWARD[order.status].includes(to)) throw new DomainError("conflict", "orderState");
  const now = opts.now ?? new Date();
  const moved = await tx
    .update(orders)
    .set({ ...opts.set, status: to, updatedAt: now })
    .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
    .returning({ id: orders.id });
  if (!moved.length) return false;
  await tx.insert(orderEvents).values({ orderId: order.id, fromStatus: order.status, toStatus: to, actorId: opts.actorId, note: opts.note ?? null, createdAt: now });
  return true;
}

/** Like moveOrder, but a lost race is the user's error (the page they acted on is stale). */
export async function mustMove(tx: Tx, order: Pick<OrderRow, "id" | "status">, to: OrderStatus, opts: Parameters<typeof moveOrder>[3]): Promise<void> {
  if (!(await moveOrder(tx, order, to, opts))) throw new DomainError("conflict", "orderState");
}
