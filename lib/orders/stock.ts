/**
 * Stock accounting per variant. Invariant (also a model test):
 *   initial + restocked = stock + reserved + sold, every counter ≥ 0 (CHECK variant_stock_nonneg).
 *
 * - reserve (checkout):   stock → reserved, by conditional UPDATE … WHERE stock >= q, variants in id order
 *   so two checkouts never wait on each other in opposite orders (no deadlock). It is the checkout
 *   transaction's last statement: the row lock it takes is held until COMMIT, so everything that does not
 *   need it (order rows, notifications, cart) is written before — a hot variant then serialises only
 *   UPDATE + COMMIT, not the whole checkout.
 * - commit (payment):     reserved → sold.
 * - release (unpaid order cancelled, expired or payment failed): reserved → stock, exactly once
 *   (orders.stock_released flipped by a conditional UPDATE).
 * - return (paid order refunded or cancelled before shipping): sold → stock, exactly once (same flag).
 *   A refund after shipping returns nothing: the goods (often perishable) left the farm. When returned goods
 *   are sellable again the producer restocks explicitly (`restockVariant`).
 */
import { and, eq, inArray, lte, sql, asc } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getDb } from "@/db/client";
import { orderEvents, orderItems, orders, productVariants, products } from "@/db/schema";
import { DomainError } from "@/lib/action";

export interface StockLine {
  variantId: string;
  quantity: number;
  title: string;
}

/** Online payments hold stock 30 minutes (the Stripe Checkout session lives as long). */
export const ONLINE_RESERVATION_MS = 30 * 60 * 1000;
/**
 * Bank transfers (对公转账) hold stock 7 days: an institutional buyer's finance office needs several working days
 * to approve and send a transfer; the producer can cancel an unpaid order earlier to free the units.
 */
export const BANK_TRANSFER_RESERVATION_MS = 7 * 24 * 60 * 60 * 1000;

/** Sum lines of the same variant (two lines of one SKU must not each pass the stock check alone). */
export function sumByVariant(lines: readonly StockLine[]): StockLine[] {
  const map = new Map<string, StockLine>();
  for (const l of lines) {
    const prev = map.get(l.variantId);
    map.set(l.variantId, prev ? { ...prev, quantity: prev.quantity + l.quantity } : { ...l });
  }
  return [...map.values()].sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
}

/**
 * Early sold-out answer from counters the caller read without a lock (an optimisation only: under contention
 * the buyers who arrive after the last unit fail here without queueing on the row lock). Passing it proves
 * nothing; `reserveStock` decides. Throws sold_out for the first line (variant id order) that cannot fit.
 */
export function precheckStock(lines: readonly (StockLine & { stock: number })[]): void {
  const stockOf = new Map(lines.map((l) => [l.variantId, l.stock]));
  for (const line of sumByVariant(lines)) {
    const left = stockOf.get(line.variantId)!;
    if (left < line.quantity) throw new DomainError("sold_out", "sold_out", { title: line.title, left });
  }
}

/**
 * Reserve stock inside the caller's transaction, as its last statement (the row locks last until COMMIT). Rows
 * are updated in variant id order; a line that does not fit throws sold_out with the title and what is left,
 * and the caller's transaction rolls back everything it wrote.
 */
export async function reserveStock(tx: Tx, lines: readonly StockLine[]): Promise<void> {
  for (const line of sumByVariant(lines)) {
    const updated = await tx
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} - ${line.quantity}`, reserved: sql`${productVariants.reserved} + ${line.quantity}` })
      .where(and(eq(productVariants.id, line.variantId), sql`${productVariants.stock} >= ${line.quantity}`))
      .returning({ id: productVariants.id });
    if (updated.length === 0) {
      const [row] = await tx.select({ stock: productVariants.stock }).from(productVariants).where(eq(productVariants.id, line.variantId));
      throw new DomainError("sold_out", "sold_out", { title: line.title, left: row?.stock ?? 0 });
    }
  }
}

async function orderLines(tx: Tx, orderId: string): Promise<{ variantId: string; quantity: number }[]> {
  const rows = await tx.select({ variantId: orderItems.variantId, quantity: orderItems.quantity }).from(orderItems).where(eq(orderItems.orderId, orderId));
  return sumByVariant(rows.map((r) => ({ ...r, title: "" })));
}

/** Payment: reserved → sold for every line of the order. Call once, right after the order moved to paid. */
export async function commitReservedStock(tx: Tx, orderId: string): Promise<void> {
  for (const l of await orderLines(tx, orderId)) {
    await tx
      .update(productVariants)
      .set({ reserved: sql`${productVariants.reserved} - ${l.quantity}`, sold: sql`${productVariants.sold} + ${l.quantity}` })
      .where(eq(productVariants.id, l.variantId));
  }
  const byProduct = await tx
    .select({ productId: orderItems.productId, qty: sql<number>`sum(${orderItems.quantity})::int` })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId))
    .groupBy(orderItems.productId);
  for (const p of byProduct) {
    await tx.update(products).set({ salesCount: sql`${products.salesCount} + ${p.qty}` }).where(eq(products.id, p.productId));
  }
}

/**
 * Give an order's units back, exactly once: `from` says where they sit now (reserved for an unpaid order, sold
 * for a paid one that never shipped). Returns false when they were already given back.
 */
export async function releaseOrderStock(tx: Tx, orderId: string, from: "reserved" | "sold"): Promise<boolean> {
  const flipped = await tx
    .update(orders)
    .set({ stockReleased: true })
    .where(and(eq(orders.id, orderId), eq(orders.stockReleased, false)))
    .returning({ id: orders.id });
  if (flipped.length === 0) return false;
  for (const l of await orderLines(tx, orderId)) {
    const col = from === "reserved" ? productVariants.reserved : productVariants.sold;
    await tx
      .update(productVariants)
      .set(from === "reserved" ? { reserved: sql`${col} - ${l.quantity}`, stock: sql`${productVariants.stock} + ${l.quantity}` } : { sold: sql`${col} - ${l.quantity}`, stock: sql`${productVariants.stock} + ${l.quantity}` })
      .where(eq(productVariants.id, l.variantId));
  }
  if (from === "sold") {
    const byProduct = await tx
      .select({ productId: orderItems.productId, qty: sql<number>`sum(${orderItems.quantity})::int` })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .groupBy(orderItems.productId);
    for (const p of byProduct) {
      await tx.update(products).set({ salesCount: sql`greatest(${products.salesCount} - ${p.qty}, 0)` }).where(eq(products.id, p.productId));
    }
  }
  return true;
}

/** An explicit restock (returned goods sellable again, a new harvest): stock grows, nothing else moves. */
export async function restockVariant(tx: Tx, variantId: string, quantity: number): Promise<void> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) throw new DomainError("invalid");
  await tx.update(productVariants).set({ stock: sql`${productVariants.stock} + ${quantity}` }).where(eq(productVariants.id, variantId));
}

/**
 * Cancel unpaid orders whose reservation ran out and give their units back. Called opportunistically (checkout,
 * order lists, the fulfilment queue); each order in its own short transaction, guarded by the status.
 */
export async function expireStaleReservations(now: Date = new Date(), limit = 50): Promise<number> {
  const db = await getDb();
  const stale = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.status, "pending_payment"), lte(orders.reservationExpiresAt, now)))
    .orderBy(asc(orders.reservationExpiresAt))
    .limit(limit);
  let expired = 0;
  for (const { id } of stale) {
    const done = await db.transaction(async (tx) => {
      const moved = await tx
        .update(orders)
        .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
        .where(and(eq(orders.id, id), eq(orders.status, "pending_payment"), lte(orders.reservationExpiresAt, now)))
        .returning({ id: orders.id });
      if (!moved.length) return false;
      await releaseOrderStock(tx, id, "reserved");
      await tx.insert(orderEvents).values({ orderId: id, fromStatus: "pending_payment", toStatus: "cancelled", actorId: null, note: "expired" });
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}

export async function variantCounters(tx: Tx, ids: string[]) {
  return tx.select({ id: productVariants.id, stock: productVariants.stock, reserved: productVariants.reserved, sold: productVariants.sold }).from(productVariants).where(inArray(productVariants.id, ids));
}
