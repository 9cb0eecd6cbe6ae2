/**
 * Order actions for both sides. Each mutation checks, inside its transaction, that the caller is the buyer or a
 * member of the seller organisation (anyone else gets not_found, as if the order did not exist), and moves the
 * order forward with a conditional update (lib/orders/core.ts).
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { orderItems, payments, reviews, shipments } from "@/db/schema";
import { DomainError, mutation } from "@/lib/action";
import { TAGS } from "@/lib/cache";
import { notifyOrder } from "@/lib/notifications/orders";
import type { MailOutbox } from "@/lib/notifications/notify";
import { onlineProvider } from "@/lib/payments/provider";
import { lockOrder, isOrgMember, moveOrder, mustMove, orderForBuyer, orderForSeller, type OrderRow } from "./core";
import { flushOutbox, withOutbox } from "./outbox";
import { commitReservedStock, releaseOrderStock, restockVariant } from "./stock";

const orderIdInput = z.strictObject({ orderId: z.uuid() });
const after = async (data: unknown) => flushOutbox(data);

/** pending_payment → paid: reserved units become sold. Returns false when the order was not pending any more. */
export async function markOrderPaid(tx: Tx, order: Pick<OrderRow, "id" | "status">, opts: { actorId: string | null; note: string; now?: Date }, outbox: MailOutbox): Promise<boolean> {
  if (order.status !== "pending_payment") return false;
  const now = opts.now ?? new Date();
  if (!(await moveOrder(tx, order, "paid", { actorId: opts.actorId, note: opts.note, set: { paidAt: now, reservationExpiresAt: null }, now }))) return false;
  await commitReservedStock(tx, order.id);
  await notifyOrder(tx, outbox, order.id, "paid");
  return true;
}

async function productTags(tx: Tx, orderId: string): Promise<string[]> {
  const rows = await tx.selectDistinct({ id: orderItems.productId }).from(orderItems).where(eq(orderItems.orderId, orderId));
  return rows.map((r) => TAGS.product(r.id));
}

/** The producer saw the bank transfer arrive (reference = order number). */
export const confirmBankPayment = mutation({
  roles: ["producer"],
  input: orderIdInput,
  async run({ tx, user, input }) {
    const order = await orderForSeller(tx, user.id, input.orderId);
    if (order.paymentMethod !== "bank_transfer" || order.status !== "pending_payment") throw new DomainError("conflict", "orderState");
    const outbox: MailOutbox = [];
    if (!(await markOrderPaid(tx, order, { actorId: user.id, note: "bank_transfer_confirmed" }, outbox))) throw new DomainError("conflict", "orderState");
    await tx
      .update(payments)
      .set({ status: "succeeded", confirmedBy: user.id, updatedAt: new Date() })
      .where(and(eq(payments.checkoutId, order.checkoutId!), eq(payments.providerRef, order.orderNo), eq(payments.status, "pending")));
    return withOutbox({ id: order.id, status: "paid" as const }, outbox, await productTags(tx, order.id));
  },
  after,
});

export const shipOrder = mutation({
  roles: ["producer"],
  input: z.strictObject({
    orderId: z.uuid(),
    carrier: z.string().trim().min(2).max(40),
    trackingNo: z.string().trim().regex(/^[A-Za-z0-9-]{6,40}$/, "$invalidTrackingNo"),
  }),
  async run({ tx, user, input }) {
    const order = await orderForSeller(tx, user.id, input.orderId);
    if (order.status !== "paid") throw new DomainError("conflict", "orderState");
    const now = new Date();
    await mustMove(tx, order, "shipped", { actorId: user.id, note: `${input.carrier} ${input.trackingNo}`, set: { shippedAt: now }, now });
    await tx.insert(shipments).values({ orderId: order.id, carrier: input.carrier, trackingNo: input.trackingNo, shippedBy: user.id, createdAt: now });
    const outbox: MailOutbox = [];
    await notifyOrder(tx, outbox, order.id, "shipped");
    return withOutbox({ id: order.id, status: "shipped" as const }, outbox);
  },
  after,
});

/**
 * Cancel before payment: the buyer, or the seller (e.g. a transfer that never came). Only bank-transfer orders:
 * an online order's Stripe session stays payable until it expires (30 min), and expiry releases it.
 * A paid order is not cancelled but refunded (request → refund), which gives unshipped units back.
 */
export const cancelOrder = mutation({
  roles: ["buyer", "producer"],
  input: orderIdInput,
  async run({ tx, user, input }) {
    const order = await lockOrder(tx, input.orderId);
    const allowed = order.buyerId === user.id || (await isOrgMember(tx, user.id, order.sellerOrgId));
    if (!allowed) throw new DomainError("not_found");
    if (order.status !== "pending_payment" || order.paymentMethod !== "bank_transfer") throw new DomainError("conflict", "orderState");
    const now = new Date();
    await mustMove(tx, order, "cancelled", { actorId: user.id, note: order.buyerId === user.id ? "buyer" : "seller", set: { cancelledAt: now, reservationExpiresAt: null }, now });
    await releaseOrderStock(tx, order.id, "reserved");
    await tx.update(payments).set({ status: "failed", updatedAt: now }).where(and(eq(payments.checkoutId, order.checkoutId!), eq(payments.providerRef, order.orderNo), eq(payments.status, "pending")));
    const outbox: MailOutbox = [];
    await notifyOrder(tx, outbox, order.id, "cancelled");
    return withOutbox({ id: order.id, status: "cancelled" as const }, outbox, await productTags(tx, order.id));
  },
  after,
});

export const confirmReceipt = mutation({
  roles: ["buyer"],
  input: orderIdInput,
  async run({ tx, user, input }) {
    const order = await orderForBuyer(tx, user.id, input.orderId);
    if (order.status !== "shipped") throw new DomainError("conflict", "orderState");
    const now = new Date();
    await mustMove(tx, order, "received", { actorId: user.id, set: { receivedAt: now }, now });
    const outbox: MailOutbox = [];
    await notifyOrder(tx, outbox, order.id, "received");
    return withOutbox({ id: order.id, status: "received" as const }, outbox);
  },
  after,
});

export const requestRefund = mutation({
  roles: ["buyer"],
  input: z.strictObject({ orderId: z.uuid(), reason: z.string().trim().min(2).max(200) }),
  async run({ tx, user, input }) {
    const order = await orderForBuyer(tx, user.id, input.orderId);
    if (!["paid", "shipped", "received", "completed"].includes(order.status)) throw new DomainError("conflict", "orderState");
    await mustMove(tx, order, "refund_requested", { actorId: user.id, note: input.reason, set: { refundReason: input.reason } });
    const outbox: MailOutbox = [];
    await notifyOrder(tx, outbox, order.id, "refund_requested");
    return withOutbox({ id: order.id, status: "refund_requested" as const }, outbox);
  },
  after,
});

/**
 * The producer refunds a requested refund in full: online payments through Stripe (idempotency key per order,
 * so a retried click refunds once), bank transfers recorded as paid back offline.
 * Units of an order that never shipped return to available stock; after shipping they do not (perishables),
 * unless the producer ticks "restock" because the goods came back sellable.
 */
export const refundOrder = mutation({
  roles: ["producer"],
  input: z.strictObject({ orderId: z.uuid(), restock: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).optional() }),
  async run({ tx, user, input }) {
    const order = await orderForSeller(tx, user.id, input.orderId);
    if (order.status !== "refund_requested") throw new DomainError("conflict", "orderState");
    const amount = order.totalFen - order.refundedFen;
    const now = new Date();
    if (order.paymentMethod === "stripe" && amount > 0) {
      const [payment] = await tx.select({ ref: payments.providerRef }).from(payments).where(and(eq(payments.checkoutId, order.checkoutId!), eq(payments.provider, "stripe")));
      if (!payment?.ref) throw new DomainError("conflict", "paymentMissing");
      const provider = await onlineProvider();
      try {
        await provider.refund({ paymentIntent: payment.ref, amountFen: amount, orderId: order.id, idempotencyKey: `refund:${order.id}:${order.refundedFen}` });
      } catch (e) {
        console.error("[refund] provider refused", e instanceof Error ? e.message : e);
        throw new DomainError("conflict", "refundFailed");
      }
    }
    await mustMove(tx, order, "refunded", { actorId: user.id, note: order.paymentMethod === "stripe" ? "stripe" : "offline", set: { refundedFen: order.totalFen }, now });
    if (order.paymentMethod === "bank_transfer") {
      await tx.update(payments).set({ status: "refunded", updatedAt: now }).where(and(eq(payments.checkoutId, order.checkoutId!), eq(payments.providerRef, order.orderNo)));
    }
    if (!order.shippedAt) {
      await releaseOrderStock(tx, order.id, "sold");
    } else if (input.restock) {
      const items = await tx.select({ variantId: orderItems.variantId, quantity: orderItems.quantity }).from(orderItems).where(eq(orderItems.orderId, order.id));
      for (const it of items) await restockVariant(tx, it.variantId, it.quantity);
    }
    const outbox: MailOutbox = [];
    await notifyOrder(tx, outbox, order.id, "refunded");
    return withOutbox({ id: order.id, status: "refunded" as const }, outbox, await productTags(tx, order.id));
  },
  after,
});

/** A review per product per order, after receipt; the first review completes the order. */
export const reviewOrder = mutation({
  roles: ["buyer"],
  input: z.strictObject({
    orderId: z.uuid(),
    productId: z.uuid(),
    rating: z.coerce.number().int().min(1).max(5),
    body: z.string().trim().max(1000).default(""),
  }),
  async run({ tx, user, input }) {
    const order = await orderForBuyer(tx, user.id, input.orderId);
    if (order.status !== "received" && order.status !== "completed") throw new DomainError("conflict", "reviewNotYet");
    const [item] = await tx.select({ id: orderItems.id }).from(orderItems).where(and(eq(orderItems.orderId, order.id), eq(orderItems.productId, input.productId))).limit(1);
    if (!item) throw new DomainError("not_found");
    const [existing] = await tx.select({ id: reviews.id }).from(reviews).where(and(eq(reviews.orderId, order.id), eq(reviews.productId, input.productId))).limit(1);
    if (existing) throw new DomainError("conflict", "alreadyReviewed");
    const now = new Date();
    await tx.insert(reviews).values({ orderId: order.id, productId: input.productId, authorId: user.id, rating: input.rating, body: input.body, createdAt: now });
    if (order.status === "received") await mustMove(tx, order, "completed", { actorId: user.id, note: "reviewed", set: { completedAt: now }, now });
    return withOutbox({ id: order.id, productId: input.productId }, [], [TAGS.product(input.productId)]);
  },
  after,
});
