/**
 * Online payment (Stripe Checkout) around a checkout: start a session after the checkout committed, fulfil it
 * from the webhook or the success page (whichever comes first; the conditional update makes it one fulfilment),
 * and give stock back when the payment fails or the session expires.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getDb } from "@/db/client";
import { checkouts, orders, payments, processedPaymentEvents, users } from "@/db/schema";
import { DomainError } from "@/lib/action";
import { env } from "@/lib/env";
import type { MailOutbox } from "@/lib/notifications/notify";
import { emailNotifications } from "@/lib/notifications/notify";
import { notifyOrder } from "@/lib/notifications/orders";
import { moveOrder } from "@/lib/orders/core";
import { markOrderPaid } from "@/lib/orders/lifecycle";
import { releaseOrderStock, ONLINE_RESERVATION_MS } from "@/lib/orders/stock";
import { onlineProvider } from "./provider";

export class PaymentRefused extends Error {
  constructor(public readonly reason: string) {
    super(`payment refused: ${reason}`);
    this.name = "PaymentRefused";
  }
}

/** Create the Stripe Checkout session for a committed checkout. On failure the checkout's orders are cancelled. */
export async function startOnlinePayment(checkoutId: string, buyerId: string, localePrefix = ""): Promise<{ url: string }> {
  const db = await getDb();
  const [co] = await db.select().from(checkouts).where(and(eq(checkouts.id, checkoutId), eq(checkouts.buyerId, buyerId)));
  if (!co || co.paymentMethod !== "stripe") throw new DomainError("not_found");
  const list = await db.select({ id: orders.id, orderNo: orders.orderNo, totalFen: orders.totalFen, createdAt: orders.createdAt }).from(orders).where(eq(orders.checkoutId, checkoutId));
  const [buyer] = await db.select({ email: users.email }).from(users).where(eq(users.id, buyerId));
  const base = env.APP_URL.replace(/\/$/, "");
  try {
    const provider = await onlineProvider();
    const session = await provider.createCheckoutSession({
      checkoutId,
      buyerEmail: buyer?.email ?? null,
      lines: list.map((o) => ({ name: `湘济通订单 ${o.orderNo}`, amountFen: o.totalFen })),
      successUrl: `${base}${localePrefix}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${base}${localePrefix}/orders`,
      expiresAt: new Date(co.createdAt.getTime() + ONLINE_RESERVATION_MS),
    });
    await db.update(checkouts).set({ stripeSessionId: session.sessionId }).where(eq(checkouts.id, checkoutId));
    await db.update(payments).set({ providerRef: null, updatedAt: new Date() }).where(and(eq(payments.checkoutId, checkoutId), eq(payments.provider, "stripe")));
    return { url: session.url };
  } catch (e) {
    console.error("[payments] could not start online payment", e instanceof Error ? e.message : e);
    const outbox: MailOutbox = [];
    await db.transaction((tx) => failCheckout(tx, checkoutId, "payment_start_failed", outbox));
    await emailNotifications(outbox);
    throw new DomainError("conflict", "paymentStartFailed");
  }
}

interface PaidState {
  amountTotal: number | null;
  currency: string | null;
  paymentIntent: string | null;
}

async function checkoutFor(tx: Tx, checkoutId: string | null | undefined, sessionId: string) {
  if (!checkoutId) throw new PaymentRefused("no checkout id");
  const [co] = await tx.select().from(checkouts).where(eq(checkouts.id, checkoutId)).for("update");
  if (!co || co.paymentMethod !== "stripe") throw new PaymentRefused("unknown checkout");
  if (co.stripeSessionId && co.stripeSessionId !== sessionId) throw new PaymentRefused("session does not belong to the checkout");
  return co;
}

/** Move every pending order of a paid checkout to paid. Amount and currency must match the database. */
export async function fulfilCheckout(tx: Tx, checkoutId: string, sessionId: string, state: PaidState, outbox: MailOutbox): Promise<number> {
  const co = await checkoutFor(tx, checkoutId, sessionId);
  if (state.amountTotal !== co.totalFen || (state.currency ?? "").toLowerCase() !== "cny") {
    throw new PaymentRefused(`amount/currency mismatch: ${state.amountTotal} ${state.currency} vs ${co.totalFen} cny`);
  }
  const now = new Date();
  const list = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(eq(orders.checkoutId, co.id)).for("update");
  let paid = 0;
  for (const o of list) {
    if (await markOrderPaid(tx, o, { actorId: null, note: "stripe", now }, outbox)) paid += 1;
    else if (o.status === "cancelled") console.warn(`[payments] checkout ${co.id} paid after order ${o.id} was cancelled; refund it from the Stripe dashboard`);
  }
  await tx
    .update(payments)
    .set({ status: "succeeded", providerRef: state.paymentIntent, updatedAt: now })
    .where(and(eq(payments.checkoutId, co.id), eq(payments.provider, "stripe"), inArray(payments.status, ["pending", "failed"])));
  if (!co.stripeSessionId) await tx.update(checkouts).set({ stripeSessionId: sessionId }).where(eq(checkouts.id, co.id));
  return paid;
}

/** Payment failed or the session expired: cancel the still-unpaid orders and give their units back (once). */
export async function failCheckout(tx: Tx, checkoutId: string, note: string, outbox: MailOutbox): Promise<number> {
  const now = new Date();
  const list = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(eq(orders.checkoutId, checkoutId)).for("update");
  let cancelled = 0;
  for (const o of list) {
    if (o.status !== "pending_payment") continue;
    if (await moveOrder(tx, o, "cancelled", { actorId: null, note, set: { cancelledAt: now, reservationExpiresAt: null }, now })) {
      await releaseOrderStock(tx, o.id, "reserved");
      await notifyOrder(tx, outbox, o.id, "cancelled");
      cancelled += 1;
    }
  }
  await tx.update(payments).set({ status: "failed", updatedAt: now }).where(and(eq(payments.checkoutId, checkoutId), eq(payments.provider, "stripe"), eq(payments.status, "pending")));
  return cancelled;
}

/** Refunds seen on a charge (possibly from several orders of one checkout): record them, never beyond the charge. */
async function applyChargeRefunds(tx: Tx, charge: StripeCharge, outbox: MailOutbox): Promise<void> {
  const pi = typeof charge.payment_intent === "string" ? charge.payment_intent : null;
  if (!pi) throw new PaymentRefused("charge without payment intent");
  if (charge.amount_refunded > charge.amount) throw new PaymentRefused("refund exceeds charge");
  const [payment] = await tx.select().from(payments).where(and(eq(payments.provider, "stripe"), eq(payments.providerRef, pi)));
  if (!payment) throw new PaymentRefused("unknown payment intent");
  if (charge.amount !== payment.amountFen) throw new PaymentRefused("charge amount differs from the checkout");
  const perOrder = new Map<string, number>();
  for (const r of charge.refunds?.data ?? []) {
    const orderId = r.metadata?.order_id;
    if (!orderId || (r.status && r.status !== "succeeded" && r.status !== "pending")) continue;
    perOrder.set(orderId, (perOrder.get(orderId) ?? 0) + r.amount);
  }
  const list = await tx.select().from(orders).where(eq(orders.checkoutId, payment.checkoutId)).for("update");
  let total = 0;
  for (const o of list) {
    const refunded = Math.min(perOrder.get(o.id) ?? o.refundedFen, o.totalFen);
    total += Math.max(refunded, o.refundedFen);
  }
  if (total > charge.amount) throw new PaymentRefused("refunds exceed the charge");
  const now = new Date();
  for (const o of list) {
    const seen = perOrder.get(o.id);
    if (seen === undefined) continue;
    const refunded = Math.max(o.refundedFen, Math.min(seen, o.totalFen));
    if (refunded !== o.refundedFen) await tx.update(orders).set({ refundedFen: refunded, updatedAt: now }).where(eq(orders.id, o.id));
    if (refunded === o.totalFen && o.status !== "refunded" && o.status !== "cancelled" && o.status !== "pending_payment") {
      const from = o.status === "refund_requested" ? o : { id: o.id, status: o.status };
      if (o.status !== "refund_requested") await moveOrder(tx, from, "refund_requested", { actorId: null, note: "stripe", now });
      await moveOrder(tx, { id: o.id, status: "refund_requested" }, "refunded", { actorId: null, note: "stripe", now });
      if (!o.shippedAt) await releaseOrderStock(tx, o.id, "sold");
      await notifyOrder(tx, outbox, o.id, "refunded");
    }
  }
  if (charge.amount_refunded === charge.amount) {
    await tx.update(payments).set({ status: "refunded", updatedAt: now }).where(eq(payments.id, payment.id));
  }
}

interface StripeSessionObject {
  id: string;
  object?: string;
  payment_status?: string;
  amount_total?: number | null;
  currency?: string | null;
  client_reference_id?: string | null;
  metadata?: Record<string, string> | null;
  payment_intent?: string | { id: string } | null;
}
interface StripeCharge {
  id: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  payment_intent?: string | null;
  refunds?: { data: { id: string; amount: number; status?: string; metadata?: Record<string, string> | null }[] } | null;
}
export interface StripeEventLike {
  id: string;
  type: string;
  data: { object: unknown };
}

function sessionState(s: StripeSessionObject): PaidState {
  return { amountTotal: s.amount_total ?? null, currency: s.currency ?? null, paymentIntent: typeof s.payment_intent === "string" ? s.payment_intent : (s.payment_intent?.id ?? null) };
}
const checkoutIdOf = (s: StripeSessionObject) => s.metadata?.checkout_id ?? s.client_reference_id ?? null;

export type EventOutcome = "processed" | "duplicate" | "ignored";

/**
 * Apply one verified Stripe event. The event id is recorded in the same transaction as its effect, so a
 * redelivery (sequential or concurrent: the second insert waits on the first's unique key) changes nothing.
 * PaymentRefused rolls everything back, the event id included.
 */
export async function processStripeEvent(event: StripeEventLike): Promise<EventOutcome> {
  const db = await getDb();
  const outbox: MailOutbox = [];
  const outcome = await db.transaction(async (tx): Promise<EventOutcome> => {
    const fresh = await tx.insert(processedPaymentEvents).values({ eventId: event.id, type: event.type.slice(0, 80) }).onConflictDoNothing().returning({ id: processedPaymentEvents.eventId });
    if (!fresh.length) return "duplicate";
    switch (event.type) {
      case "checkout.session.completed":
      case "checkout.session.async_payment_succeeded": {
        const s = event.data.object as StripeSessionObject;
        // completed with payment_status "unpaid" (bank debits, some wallets): wait for async_payment_succeeded.
        if (s.payment_status !== "paid") {
          await checkoutFor(tx, checkoutIdOf(s), s.id);
          return "processed";
        }
        await fulfilCheckout(tx, checkoutIdOf(s)!, s.id, sessionState(s), outbox);
        return "processed";
      }
      case "checkout.session.async_payment_failed":
      case "checkout.session.expired": {
        const s = event.data.object as StripeSessionObject;
        const co = await checkoutFor(tx, checkoutIdOf(s), s.id);
        await failCheckout(tx, co.id, event.type === "checkout.session.expired" ? "expired" : "payment_failed", outbox);
        return "processed";
      }
      case "charge.refunded": {
        await applyChargeRefunds(tx, event.data.object as StripeCharge, outbox);
        return "processed";
      }
      default:
        return "ignored";
    }
  });
  await emailNotifications(outbox);
  return outcome;
}

/** The success page: ask Stripe about the session and fulfil it if paid (the webhook may have done it already). */
export async function confirmStripeReturn(sessionId: string, buyerId: string): Promise<{ checkoutId: string; paid: boolean } | null> {
  if (!/^cs_[A-Za-z0-9_]{1,250}$/.test(sessionId)) return null;
  const provider = await onlineProvider();
  let state;
  try {
    state = await provider.retrieveSession(sessionId);
  } catch {
    return null;
  }
  if (!state.checkoutId) return null;
  const db = await getDb();
  const [co] = await db.select({ id: checkouts.id, buyerId: checkouts.buyerId }).from(checkouts).where(eq(checkouts.id, state.checkoutId));
  if (!co || co.buyerId !== buyerId) return null;
  if (state.paymentStatus !== "paid") return { checkoutId: co.id, paid: false };
  const outbox: MailOutbox = [];
  try {
    await db.transaction((tx) => fulfilCheckout(tx, co.id, sessionId, state, outbox));
  } catch (e) {
    if (e instanceof PaymentRefused) return { checkoutId: co.id, paid: false };
    throw e;
  }
  await emailNotifications(outbox);
  return { checkoutId: co.id, paid: true };
}
