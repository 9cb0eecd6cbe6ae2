import { beforeEach, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications, orderEvents, orders, reviews } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { checkoutMutation } from "@/lib/orders/checkout";
import { cancelOrder, confirmBankPayment, confirmReceipt, refundOrder, requestRefund, reviewOrder, shipOrder } from "@/lib/orders/lifecycle";
import { buyerOrgsForCheckout, buyerOrgsOf, getOrderForBuyer, getOrderForSeller, getOrderForViewer, listBuyerOrders, listSellerOrders } from "@/lib/orders/queries";
import { expireStaleReservations } from "@/lib/orders/stock";
import { hit, LIMITS } from "@/lib/rate-limit";
import { makeOrg, makeUser } from "./helpers/factories";
import { ADDRESS, makeSeller, orderRow, variantRow } from "./helpers/orders";

// Server actions and route handlers resolve the caller through getSessionUser(); tests choose who calls.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
// Next's navigation runtime does not load under Vitest; a redirect is only reached on success anyway.
vi.mock("@/lib/i18n/navigation", () => ({ redirect: () => { throw new Error("NEXT_REDIRECT"); } }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "zh-CN" }));

beforeEach(() => {
  session.user = null;
});

async function placeOne(quantity = 2) {
  const seller = await makeSeller({ variants: [{ priceFen: 5980, stock: 20 }] });
  const buyer = await makeUser();
  const r = await checkoutMutation({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity }] }, { user: buyer });
  if (!r.ok) throw new Error(r.error);
  return { seller, buyer, orderId: r.data.orders[0]!.id, variantId: seller.variants[0]!.id, productId: seller.product.id };
}

async function eventsOf(orderId: string) {
  const db = await getDb();
  return db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
}

describe("order lifecycle", () => {
  it("goes pending → paid → shipped → received → completed with a timeline, stock moving reserved → sold", async () => {
    const { seller, buyer, orderId, variantId, productId } = await placeOne(2);
    expect(await variantRow(variantId)).toMatchObject({ stock: 18, reserved: 2, sold: 0 });
    expect(await confirmBankPayment({ orderId }, { user: seller.owner })).toMatchObject({ ok: true, data: { status: "paid" } });
    expect(await variantRow(variantId)).toMatchObject({ stock: 18, reserved: 0, sold: 2 });
    expect(await shipOrder({ orderId, carrier: "顺丰速运", trackingNo: "SF1234567890" }, { user: seller.owner })).toMatchObject({ ok: true });
    expect(await confirmReceipt({ orderId }, { user: buyer })).toMatchObject({ ok: true });
    expect(await reviewOrder({ orderId, productId, rating: 5, body: "很甜" }, { user: buyer })).toMatchObject({ ok: true });
    expect(await reviewOrder({ orderId, productId, rating: 4, body: "再评一次" }, { user: buyer })).toMatchObject({ ok: false, error: "这件商品在本订单中已经评价过了。" });
    expect((await orderRow(orderId)).status).toBe("completed");
    expect((await eventsOf(orderId)).map((e) => e.toStatus)).toEqual(["pending_payment", "paid", "shipped", "received", "completed"]);
    const db = await getDb();
    const buyerNotes = await db.select().from(notifications).where(eq(notifications.userId, buyer.id));
    expect(buyerNotes.map((n) => n.kind).sort()).toEqual(["order_paid", "order_shipped"]);
    const sellerNotes = await db.select().from(notifications).where(eq(notifications.userId, seller.owner.id));
    expect(sellerNotes.map((n) => n.kind)).toContain("order_placed");
    // Each side is told what concerns it: the producer to ship, the buyer that the producer will.
    expect(buyerNotes.find((n) => n.kind === "order_paid")?.body).toBe("我们已确认你的付款，生产者会尽快发货，发货后会再通知你。");
    expect(sellerNotes.find((n) => n.kind === "order_paid")?.body).toBe("货款已确认，请按约定时间发货。");
  });

  it("refuses steps out of order and changes nothing: ship unpaid, pay cancelled, review before receipt", async () => {
    const { seller, buyer, orderId, productId, variantId } = await placeOne();
    expect(await shipOrder({ orderId, carrier: "顺丰速运", trackingNo: "SF1234567890" }, { user: seller.owner })).toMatchObject({ ok: false, code: "conflict" });
    expect(await reviewOrder({ orderId, productId, rating: 5 }, { user: buyer })).toMatchObject({ ok: false, error: "确认收货后才能评价。" });
    expect(await confirmReceipt({ orderId }, { user: buyer })).toMatchObject({ ok: false, code: "conflict" });
    expect(await cancelOrder({ orderId }, { user: buyer })).toMatchObject({ ok: true });
    expect(await confirmBankPayment({ orderId }, { user: seller.owner })).toMatchObject({ ok: false, code: "conflict" });
    expect(await cancelOrder({ orderId }, { user: buyer })).toMatchObject({ ok: false, code: "conflict" });
    expect(await orderRow(orderId)).toMatchObject({ status: "cancelled", stockReleased: true, paidAt: null });
    expect(await variantRow(variantId)).toMatchObject({ stock: 20, reserved: 0, sold: 0 });
    expect((await eventsOf(orderId)).map((e) => e.toStatus)).toEqual(["pending_payment", "cancelled"]);
  });

  it("expires unpaid bank-transfer reservations after 7 days, once", async () => {
    const { orderId, variantId } = await placeOne(3);
    const created = (await orderRow(orderId)).createdAt;
    expect(await expireStaleReservations(new Date(created.getTime() + 6 * 86400_000))).toBe(0);
    expect(await expireStaleReservations(new Date(created.getTime() + 7 * 86400_000 + 1000))).toBeGreaterThanOrEqual(1);
    expect(await expireStaleReservations(new Date(created.getTime() + 8 * 86400_000))).toBe(0);
    expect(await orderRow(orderId)).toMatchObject({ status: "cancelled", stockReleased: true });
    expect(await variantRow(variantId)).toMatchObject({ stock: 20, reserved: 0 });
  });

  it("refund before shipping returns the units; after shipping only an explicit restock does", async () => {
    const a = await placeOne(2);
    await confirmBankPayment({ orderId: a.orderId }, { user: a.seller.owner });
    expect(await refundOrder({ orderId: a.orderId }, { user: a.seller.owner })).toMatchObject({ ok: false, code: "conflict" });
    expect(await requestRefund({ orderId: a.orderId, reason: "不想要了" }, { user: a.buyer })).toMatchObject({ ok: true });
    expect(await refundOrder({ orderId: a.orderId }, { user: a.seller.owner })).toMatchObject({ ok: true });
    expect(await variantRow(a.variantId)).toMatchObject({ stock: 20, reserved: 0, sold: 0 });
    expect(await orderRow(a.orderId)).toMatchObject({ status: "refunded", refundedFen: 2 * 5980 });

    const b = await placeOne(2);
    await confirmBankPayment({ orderId: b.orderId }, { user: b.seller.owner });
    await shipOrder({ orderId: b.orderId, carrier: "邮政", trackingNo: "EMS12345678" }, { user: b.seller.owner });
    await requestRefund({ orderId: b.orderId, reason: "运输途中压坏" }, { user: b.buyer });
    await refundOrder({ orderId: b.orderId }, { user: b.seller.owner });
    expect(await variantRow(b.variantId)).toMatchObject({ stock: 18, reserved: 0, sold: 2 });

    const c = await placeOne(2);
    await confirmBankPayment({ orderId: c.orderId }, { user: c.seller.owner });
    await shipOrder({ orderId: c.orderId, carrier: "邮政", trackingNo: "EMS12345679" }, { user: c.seller.owner });
    await requestRefund({ orderId: c.orderId, reason: "退货" }, { user: c.buyer });
    await refundOrder({ orderId: c.orderId, restock: "on" }, { user: c.seller.owner });
    expect(await variantRow(c.variantId)).toMatchObject({ stock: 20, reserved: 0, sold: 2 });
  });
});

describe("access: buyers and producers see only their own orders", () => {
  it("another buyer cannot read or act on an order (domain function)", async () => {
    const { orderId, buyer } = await placeOne();
    const other = await makeUser();
    expect(await getOrderForBuyer(buyer.id, orderId)).not.toBeNull();
    expect(await getOrderForBuyer(other.id, orderId)).toBeNull();
    expect(await getOrderForViewer(other.id, orderId)).toBeNull();
    expect(await cancelOrder({ orderId }, { user: other })).toMatchObject({ ok: false, code: "not_found" });
    expect(await requestRefund({ orderId, reason: "试试别人的订单" }, { user: other })).toMatchObject({ ok: false, code: "not_found" });
    expect((await orderRow(orderId)).status).toBe("pending_payment");
  });

  it("another buyer cannot act through the server action", async () => {
    const { orderId } = await placeOne();
    const { cancelOrderAction } = await import("@/app/[locale]/orders/actions");
    session.user = await makeUser();
    const form = new FormData();
    form.set("orderId", orderId);
    expect(await cancelOrderAction({}, form)).toMatchObject({ ok: false, error: "找不到这条记录，可能已被删除。" });
    session.user = null;
    expect(await cancelOrderAction({}, form)).toMatchObject({ ok: false, error: "请先登录。" });
    expect((await orderRow(orderId)).status).toBe("pending_payment");
  });

  it("another buyer gets 404 from the API; the buyer and the seller get the order", async () => {
    const { orderId, buyer, seller } = await placeOne();
    const { GET } = await import("@/app/api/v1/orders/[id]/route");
    const call = () => GET(new Request(`http://localhost/api/v1/orders/${orderId}`), { params: Promise.resolve({ id: orderId }) });
    expect((await call()).status).toBe(401);
    session.user = await makeUser();
    expect((await call()).status).toBe(404);
    session.user = (await makeSeller()).owner;
    expect((await call()).status).toBe(404);
    session.user = buyer;
    const mine = await call();
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ id: orderId, totalFen: 2 * 5980 });
    session.user = seller.owner;
    expect((await call()).status).toBe(200);
  });

  it("another buyer cannot confirm receipt of or review someone's order, and never sees it in their order list", async () => {
    const { seller, buyer, orderId, productId } = await placeOne();
    const stranger = await makeUser();
    const own = await checkoutMutation({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 1 }] }, { user: stranger });
    if (!own.ok) throw new Error(own.error);
    expect(await confirmBankPayment({ orderId }, { user: seller.owner })).toMatchObject({ ok: true });
    expect(await shipOrder({ orderId, carrier: "顺丰速运", trackingNo: "SF1234567891" }, { user: seller.owner })).toMatchObject({ ok: true });
    expect(await confirmReceipt({ orderId }, { user: stranger })).toMatchObject({ ok: false, code: "not_found" });
    expect((await orderRow(orderId)).status).toBe("shipped");
    expect(await confirmReceipt({ orderId }, { user: buyer })).toMatchObject({ ok: true });
    expect(await reviewOrder({ orderId, productId, rating: 1, body: "冒名差评" }, { user: stranger })).toMatchObject({ ok: false, code: "not_found" });
    const db = await getDb();
    expect(await db.select().from(reviews).where(eq(reviews.orderId, orderId))).toHaveLength(0);
    expect((await orderRow(orderId)).status).toBe("received");
    expect((await listBuyerOrders(stranger.id)).items.map((o) => o.id)).toEqual([own.data.orders[0]!.id]);
    expect((await listBuyerOrders(buyer.id)).items.map((o) => o.id)).toEqual([orderId]);
  });

  it("the order list shows each order's seller, buyer organisation, first item and item count, newest first, 20 a page", async () => {
    const seller = await makeSeller({ orgName: "列表测试合作社", variants: [{ name: "甲", priceFen: 1000, stock: 100 }, { name: "乙", priceFen: 2000, stock: 100 }] });
    const buyer = await makeUser({ roles: ["buyer"] });
    const union = await makeOrg(buyer.id, { type: "buyer", kind: "trade_union", name: "测试工会" });
    const [a, b] = seller.variants;
    const two = await checkoutMutation({ ...ADDRESS, buyerOrgId: union.id, items: [{ variantId: a!.id, quantity: 1 }, { variantId: b!.id, quantity: 2 }] }, { user: buyer });
    if (!two.ok) throw new Error(two.error);
    for (let i = 0; i < 21; i++) {
      const r = await checkoutMutation({ ...ADDRESS, items: [{ variantId: a!.id, quantity: 1 }] }, { user: buyer });
      if (!r.ok) throw new Error(r.error);
    }
    const first = await listBuyerOrders(buyer.id, 1);
    const second = await listBuyerOrders(buyer.id, 2);
    expect(first.total).toBe(22);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(2);
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((o) => o.id)).size).toBe(22);
    expect(all.map((o) => o.createdAt.getTime())).toEqual(all.map((o) => o.createdAt.getTime()).sort((x, y) => y - x));
    const multi = all.find((o) => o.id === two.data.orders[0]!.id)!;
    expect(multi).toMatchObject({ sellerName: "列表测试合作社", buyerOrgName: "测试工会", itemCount: 2, totalFen: 1000 + 2 * 2000, status: "pending_payment", paymentMethod: "bank_transfer" });
    expect(multi.firstTitle).toContain(seller.product.title);
    expect(all.filter((o) => o.id !== multi.id).every((o) => o.itemCount === 1 && o.buyerOrgName === null && o.totalFen === 1000)).toBe(true);
    expect(second.total).toBe(22);
    expect(first.items[0]).not.toHaveProperty("total");
    // Past the last page: no rows to carry the total, which is counted on its own.
    expect(await listBuyerOrders(buyer.id, 3)).toEqual({ items: [], total: 22 });
    expect(await listBuyerOrders((await makeUser({ roles: ["buyer"] })).id)).toEqual({ items: [], total: 0 });
    expect(await buyerOrgsOf(buyer.id)).toEqual([{ id: union.id, name: "测试工会" }]);
    // Checkout offers the union with the invoice its last order carried (none yet), then the newest one.
    expect(await buyerOrgsForCheckout(buyer.id)).toEqual([{ id: union.id, name: "测试工会", invoice: null }]);
    for (const taxId of ["91370100MA0000001A", "91370100MA0000002B"]) {
      const r = await checkoutMutation({ ...ADDRESS, buyerOrgId: union.id, invoiceTitle: "测试工会", invoiceTaxId: taxId, items: [{ variantId: a!.id, quantity: 1 }] }, { user: buyer });
      if (!r.ok) throw new Error(r.error);
    }
    expect(await buyerOrgsForCheckout(buyer.id)).toEqual([{ id: union.id, name: "测试工会", invoice: { title: "测试工会", taxId: "91370100MA0000002B" } }]);
    expect(await buyerOrgsForCheckout((await makeUser({ roles: ["buyer"] })).id)).toEqual([]);
    expect((await listSellerOrders(seller.owner.id, "to_confirm")).total).toBe(24);
  });

  it("a producer cannot see, confirm, ship or refund another producer's order", async () => {
    const { orderId } = await placeOne();
    const rival = await makeSeller();
    expect(await getOrderForSeller(rival.owner.id, orderId)).toBeNull();
    expect((await listSellerOrders(rival.owner.id, "all")).items.map((o) => o.id)).not.toContain(orderId);
    expect(await confirmBankPayment({ orderId }, { user: rival.owner })).toMatchObject({ ok: false, code: "not_found" });
    expect(await cancelOrder({ orderId }, { user: rival.owner })).toMatchObject({ ok: false, code: "not_found" });
    const db = await getDb();
    await db.update(orders).set({ status: "paid" }).where(and(eq(orders.id, orderId)));
    expect(await shipOrder({ orderId, carrier: "顺丰速运", trackingNo: "SF0000000001" }, { user: rival.owner })).toMatchObject({ ok: false, code: "not_found" });
    expect((await orderRow(orderId)).status).toBe("paid");
  });

  it("the API checkout uses the same domain function and refuses client prices", async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 100, stock: 5 }] });
    const { POST } = await import("@/app/api/v1/orders/route");
    const post = (body: unknown) => POST(new Request("http://localhost/api/v1/orders", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
    expect((await post({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 1 }] })).status).toBe(401);
    session.user = await makeUser();
    const cheat = await post({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 1, priceFen: 1 }] });
    expect(cheat.status).toBe(422);
    expect((await post({ ...ADDRESS })).status).toBe(422);
    const ok = await post({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 5 }] });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ totalFen: 500, orders: [{ totalFen: 500, status: "pending_payment" }] });
    const sold = await post({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 1 }] });
    expect(sold.status).toBe(409);
    expect((await sold.json()).message).toBe("库存不足：测试猕猴桃（1号规格） 只剩 0 件。");
  });

  it("the API answers a buyer over the checkout limit 429 with Retry-After, and places nothing", async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 100, stock: 5 }] });
    const { POST } = await import("@/app/api/v1/orders/route");
    const post = () => POST(new Request("http://localhost/api/v1/orders", { method: "POST", body: JSON.stringify({ ...ADDRESS, items: [{ variantId: seller.variants[0]!.id, quantity: 1 }] }), headers: { "content-type": "application/json" } }));
    session.user = await makeUser();
    for (let i = 0; i < LIMITS.checkout.max; i++) await hit(LIMITS.checkout, session.user.id);
    const res = await post();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(9 * 60);
    expect(await res.json()).toMatchObject({ error: "rate_limited", message: "操作太频繁，请 10 分钟后再试。" });
    expect(await variantRow(seller.variants[0]!.id)).toMatchObject({ stock: 5, reserved: 0 });
    session.user = await makeUser();
    expect((await post()).status).toBe(201);
  });
});
