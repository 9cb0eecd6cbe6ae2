/** The Stripe path, offline: a local fake Stripe API and webhooks signed with the test secret. */
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checkouts, orderEvents, orders, processedPaymentEvents } from "@/db/schema";
import { env } from "@/lib/env";
import { checkoutMutation } from "@/lib/orders/checkout";
import { refundOrder, requestRefund } from "@/lib/orders/lifecycle";
import { confirmStripeReturn, startOnlinePayment } from "@/lib/payments/online";
import { stripeClientConfig } from "@/lib/payments/stripe";
import { POST as webhook } from "@/app/api/stripe/webhook/route";
import { makeUser } from "./helpers/factories";
import { ADDRESS, makeSeller, orderRow, variantRow } from "./helpers/orders";
import { startFakeStripe, type FakeStripe } from "./fakes/stripe-server";

const SECRET = "whsec_test_secret_for_xiangji";
let fake: FakeStripe;
let eventSeq = 0;

beforeAll(async () => {
  fake = await startFakeStripe();
  env.STRIPE_SECRET_KEY = "sk_test_fake_xiangji";
  env.STRIPE_WEBHOOK_SECRET = SECRET;
  env.STRIPE_API_BASE = fake.url;
  env.STRIPE_PAYMENT_METHODS = "card,alipay";
});
afterAll(async () => {
  env.STRIPE_SECRET_KEY = undefined;
  env.STRIPE_WEBHOOK_SECRET = undefined;
  env.STRIPE_API_BASE = undefined;
  await fake.close();
});

async function onlineCheckout(quantity = 2) {
  const seller = await makeSeller({ variants: [{ priceFen: 5980, stock: 10 }] });
  const buyer = await makeUser();
  const r = await checkoutMutation({ ...ADDRESS, paymentMethod: "stripe", items: [{ variantId: seller.variants[0]!.id, quantity }] }, { user: buyer });
  if (!r.ok) throw new Error(r.error);
  const { url } = await startOnlinePayment(r.data.checkoutId, buyer.id);
  const db = await getDb();
  const [co] = await db.select().from(checkouts).where(eq(checkouts.id, r.data.checkoutId));
  return { seller, buyer, url, checkoutId: r.data.checkoutId, sessionId: co!.stripeSessionId!, orderId: r.data.orders[0]!.id, totalFen: r.data.totalFen, variantId: seller.variants[0]!.id };
}

function sessionEvent(type: string, c: { sessionId: string; checkoutId: string; totalFen: number }, over: Record<string, unknown> = {}, id = `evt_${++eventSeq}`) {
  return { id, object: "event", type, data: { object: { id: c.sessionId, object: "checkout.session", payment_status: "paid", amount_total: c.totalFen, currency: "cny", metadata: { checkout_id: c.checkoutId }, client_reference_id: c.checkoutId, payment_intent: `pi_${c.checkoutId.slice(0, 8)}`, ...over } } };
}

function deliver(event: unknown, opts: { secret?: string; timestamp?: number; tamper?: boolean } = {}) {
  const payload = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? SECRET, timestamp: opts.timestamp });
  const body = opts.tamper ? payload.replace(/"amount_total":\d+/, '"amount_total":1') : payload;
  return webhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", body, headers: { "stripe-signature": header, "content-type": "application/json" } }));
}

async function paidEvents(orderId: string) {
  const db = await getDb();
  return (await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId))).filter((e) => e.toStatus === "paid").length;
}
async function eventRecorded(id: string) {
  const db = await getDb();
  return (await db.select().from(processedPaymentEvents).where(eq(processedPaymentEvents.eventId, id))).length;
}

describe("Stripe Checkout against the local fake", () => {
  it("parses STRIPE_API_BASE into the client configuration", () => {
    expect(stripeClientConfig("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" });
    expect(stripeClientConfig("https://api.stripe.com")).toEqual({ host: "api.stripe.com", port: 443, protocol: "https" });
  });

  it("creates a CNY session with the database amount, configured methods and an idempotency key", async () => {
    const c = await onlineCheckout(3);
    expect(c.url).toMatch(/^https:\/\/checkout\.stripe\.test\/pay\/cs_test_/);
    const req = fake.requests.find((r) => r.path === "/v1/checkout/sessions" && (r.body.metadata as Record<string, string>).checkout_id === c.checkoutId)!;
    expect(req.idempotencyKey).toBe(`checkout-session:${c.checkoutId}`);
    expect(req.body.currency).toBe("cny");
    expect(req.body.allowed_payment_method_types).toEqual(["card", "alipay"]);
    expect(fake.sessions.get(c.sessionId)!.amount_total).toBe(3 * 5980);
    const o = await orderRow(c.orderId);
    expect(o.reservationExpiresAt!.getTime() - o.createdAt.getTime()).toBe(30 * 60 * 1000);
  });
});

describe("starting a payment", () => {
  it("for another buyer's checkout is not found: no session requested, the checkout and its orders untouched", async () => {
    const c = await onlineCheckout(1);
    const stranger = await makeUser();
    const sessionsBefore = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").length;
    await expect(startOnlinePayment(c.checkoutId, stranger.id)).rejects.toMatchObject({ code: "not_found" });
    expect(fake.requests.filter((r) => r.path === "/v1/checkout/sessions")).toHaveLength(sessionsBefore);
    const db = await getDb();
    expect((await db.select().from(checkouts).where(eq(checkouts.id, c.checkoutId)))[0]!.stripeSessionId).toBe(c.sessionId);
    expect(await orderRow(c.orderId)).toMatchObject({ status: "pending_payment" });
  });
});

describe("Stripe webhook", () => {
  it("a paid session delivered twice, concurrently and out of order → one paid order, one stock decrement", async () => {
    const c = await onlineCheckout(2);
    const completed = sessionEvent("checkout.session.completed", c);
    const asyncOk = sessionEvent("checkout.session.async_payment_succeeded", c);
    const expired = sessionEvent("checkout.session.expired", c, { payment_status: "unpaid" });
    const responses = await Promise.all([deliver(completed), deliver(completed), deliver(asyncOk), deliver(completed)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect((await deliver(completed)).status).toBe(200);
    expect((await deliver(expired)).status).toBe(200); // late expiry: the order stays paid
    expect(await orderRow(c.orderId)).toMatchObject({ status: "paid", stockReleased: false });
    expect(await paidEvents(c.orderId)).toBe(1);
    expect(await variantRow(c.variantId)).toMatchObject({ stock: 8, reserved: 0, sold: 2 });
    expect(await eventRecorded(completed.id)).toBe(1);
  });

  it("a tampered, wrongly signed or old signature → 400 and nothing written", async () => {
    const c = await onlineCheckout(1);
    const e1 = sessionEvent("checkout.session.completed", c);
    expect((await deliver(e1, { tamper: true })).status).toBe(400);
    expect((await deliver(e1, { secret: "whsec_wrong" })).status).toBe(400);
    expect((await deliver(e1, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    const noSig = await webhook(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(e1) }));
    expect(noSig.status).toBe(400);
    expect(await eventRecorded(e1.id)).toBe(0);
    expect((await orderRow(c.orderId)).status).toBe("pending_payment");
    expect(await variantRow(c.variantId)).toMatchObject({ stock: 9, reserved: 1, sold: 0 });
  });

  it("completed with payment_status unpaid waits; async_payment_succeeded then pays", async () => {
    const c = await onlineCheckout(1);
    expect((await deliver(sessionEvent("checkout.session.completed", c, { payment_status: "unpaid" }))).status).toBe(200);
    expect((await orderRow(c.orderId)).status).toBe("pending_payment");
    expect((await deliver(sessionEvent("checkout.session.async_payment_succeeded", c))).status).toBe(200);
    expect((await orderRow(c.orderId)).status).toBe("paid");
  });

  it("async_payment_failed and expiry cancel the order and release its stock exactly once", async () => {
    const c = await onlineCheckout(4);
    const failed = sessionEvent("checkout.session.async_payment_failed", c, { payment_status: "unpaid" });
    await Promise.all([deliver(failed), deliver(sessionEvent("checkout.session.expired", c, { payment_status: "unpaid" }))]);
    expect(await orderRow(c.orderId)).toMatchObject({ status: "cancelled", stockReleased: true });
    expect(await variantRow(c.variantId)).toMatchObject({ stock: 10, reserved: 0, sold: 0 });
    // A payment reported after cancellation does not resurrect the order.
    await deliver(sessionEvent("checkout.session.async_payment_succeeded", c));
    expect((await orderRow(c.orderId)).status).toBe("cancelled");
  });

  it("an amount or currency that differs from the checkout is refused and not recorded", async () => {
    const c = await onlineCheckout(2);
    const wrongAmount = sessionEvent("checkout.session.completed", c, { amount_total: 1 });
    expect((await deliver(wrongAmount)).status).toBe(422);
    const wrongCurrency = sessionEvent("checkout.session.completed", c, { currency: "usd" });
    expect((await deliver(wrongCurrency)).status).toBe(422);
    expect(await eventRecorded(wrongAmount.id)).toBe(0);
    expect((await orderRow(c.orderId)).status).toBe("pending_payment");
  });

  it("the success page and the webhook racing fulfil once", async () => {
    const c = await onlineCheckout(1);
    fake.sessions.set(c.sessionId, { ...fake.sessions.get(c.sessionId)!, payment_status: "paid", payment_intent: "pi_race" });
    const [page] = await Promise.all([confirmStripeReturn(c.sessionId, c.buyer.id), deliver(sessionEvent("checkout.session.completed", c, { payment_intent: "pi_race" }))]);
    expect(page).toMatchObject({ paid: true });
    expect(await paidEvents(c.orderId)).toBe(1);
    expect(await variantRow(c.variantId)).toMatchObject({ sold: 1, reserved: 0 });
    const stranger = await makeUser();
    expect(await confirmStripeReturn(c.sessionId, stranger.id)).toBeNull();
  });

  it("refunds through Stripe with an idempotency key; charge.refunded never exceeds the charge", async () => {
    const c = await onlineCheckout(2);
    const pi = `pi_${c.checkoutId.slice(0, 8)}`;
    await deliver(sessionEvent("checkout.session.completed", c));
    expect(await requestRefund({ orderId: c.orderId, reason: "买多了" }, { user: c.buyer })).toMatchObject({ ok: true });
    expect(await refundOrder({ orderId: c.orderId }, { user: c.seller.owner })).toMatchObject({ ok: true });
    const call = fake.requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === pi);
    expect(call).toHaveLength(1);
    expect(call[0]!.idempotencyKey).toBe(`refund:${c.orderId}:0`);
    expect(call[0]!.body.amount).toBe(String(c.totalFen));
    expect(await orderRow(c.orderId)).toMatchObject({ status: "refunded", refundedFen: c.totalFen });
    expect(await variantRow(c.variantId)).toMatchObject({ stock: 10, sold: 0 }); // never shipped: units back

    const charge = (refunded: number, refunds: { amount: number }[]) => ({
      id: `evt_${++eventSeq}`,
      object: "event",
      type: "charge.refunded",
      data: { object: { id: "ch_1", object: "charge", amount: c.totalFen, amount_refunded: refunded, currency: "cny", payment_intent: pi, refunds: { data: refunds.map((r, i) => ({ id: `re_${i}`, amount: r.amount, status: "succeeded", metadata: { order_id: c.orderId } })) } } },
    });
    expect((await deliver(charge(c.totalFen, [{ amount: c.totalFen }]))).status).toBe(200);
    expect(await orderRow(c.orderId)).toMatchObject({ status: "refunded", refundedFen: c.totalFen });
    expect((await deliver(charge(c.totalFen + 1, [{ amount: c.totalFen }, { amount: 1 }]))).status).toBe(422);
    expect((await orderRow(c.orderId)).refundedFen).toBe(c.totalFen);
  });

  /** A paid online order of which `fen` was refunded in Stripe's dashboard (a charge.refunded event). */
  async function paidThenPartlyRefundedInStripe(fen: number) {
    const c = await onlineCheckout(2);
    const pi = `pi_${c.checkoutId.slice(0, 8)}`;
    await deliver(sessionEvent("checkout.session.completed", c));
    const ev = { id: `evt_${++eventSeq}`, object: "event", type: "charge.refunded", data: { object: { id: `ch_${eventSeq}`, object: "charge", amount: c.totalFen, amount_refunded: fen, currency: "cny", payment_intent: pi, refunds: { data: [{ id: `re_${eventSeq}`, amount: fen, status: "succeeded", metadata: { order_id: c.orderId } }] } } } };
    expect((await deliver(ev)).status).toBe(200);
    return { c, pi };
  }

  it("a partial refund from Stripe records the amount without marking the order refunded", async () => {
    const { c } = await paidThenPartlyRefundedInStripe(1000);
    expect(await orderRow(c.orderId)).toMatchObject({ status: "paid", refundedFen: 1000 });
    const db = await getDb();
    expect((await db.select().from(orders).where(eq(orders.id, c.orderId)))[0]!.refundedFen).toBeLessThanOrEqual(c.totalFen);
  });

  it("after a partial refund made in Stripe, refunding the order sends Stripe only the remainder", async () => {
    const { c, pi } = await paidThenPartlyRefundedInStripe(1000);
    expect(await requestRefund({ orderId: c.orderId, reason: "少了一箱" }, { user: c.buyer })).toMatchObject({ ok: true });
    expect(await refundOrder({ orderId: c.orderId }, { user: c.seller.owner })).toMatchObject({ ok: true });
    const calls = fake.requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === pi);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.amount).toBe(String(c.totalFen - 1000));
    expect(calls[0]!.idempotencyKey).toBe(`refund:${c.orderId}:1000`);
    expect(await orderRow(c.orderId)).toMatchObject({ status: "refunded", refundedFen: c.totalFen });
  });
});
