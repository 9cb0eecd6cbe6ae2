import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cartItems, orderItems, payments, memberships, products } from "@/db/schema";
import { checkoutMutation } from "@/lib/orders/checkout";
import { LIMITS } from "@/lib/rate-limit";
import { unitPriceFor } from "@/lib/orders/pricing";
import { addToCart, getCart, removeCartItem, updateCartItem } from "@/lib/cart/cart";
import { makeOrg, makeUser } from "./helpers/factories";
import { ADDRESS, countOrdersOf, makeProduct, makeSeller, orderRow, variantRow } from "./helpers/orders";

describe("pricing", () => {
  it("applies the largest reached bulk tier", () => {
    const tiers = [{ minQty: 10, priceFen: 9480 }, { minQty: 50, priceFen: 8980 }];
    expect(unitPriceFor(9980, tiers, 1)).toBe(9980);
    expect(unitPriceFor(9980, tiers, 9)).toBe(9980);
    expect(unitPriceFor(9980, tiers, 10)).toBe(9480);
    expect(unitPriceFor(9980, tiers, 200)).toBe(8980);
  });
});

describe("checkout", () => {
  it("splits one checkout into one order per producer, with tiers and totals from the database", async () => {
    const a = await makeSeller({ orgName: "十八洞测试", variants: [{ priceFen: 9980, stock: 600, tiers: [{ minQty: 10, priceFen: 9480 }] }, { priceFen: 5980, stock: 10 }] });
    const b = await makeSeller({ orgName: "黄金茶测试", variants: [{ priceFen: 16800, stock: 5 }] });
    const buyer = await makeUser();
    const res = await checkoutMutation(
      { ...ADDRESS, items: [{ variantId: a.variants[0]!.id, quantity: 6 }, { variantId: a.variants[0]!.id, quantity: 6 }, { variantId: a.variants[1]!.id, quantity: 1 }, { variantId: b.variants[0]!.id, quantity: 2 }] },
      { user: buyer },
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.orders).toHaveLength(2);
    const orderA = res.data.orders.find((o) => o.sellerOrgId === a.org.id)!;
    const orderB = res.data.orders.find((o) => o.sellerOrgId === b.org.id)!;
    // same variant on two lines is summed (12 units) and reaches the 10-unit tier
    expect(orderA.totalFen).toBe(12 * 9480 + 5980);
    expect(orderB.totalFen).toBe(2 * 16800);
    expect(res.data.totalFen).toBe(orderA.totalFen + orderB.totalFen);
    expect(orderA.orderNo).toMatch(/^XJ\d{16}$/);
    expect(orderA.orderNo).not.toBe(orderB.orderNo);
    const v0 = await variantRow(a.variants[0]!.id);
    expect([v0.stock, v0.reserved, v0.sold]).toEqual([588, 12, 0]);
    const db = await getDb();
    const items = await db.select().from(orderItems).where(eq(orderItems.orderId, orderA.id));
    expect(items.map((i) => [i.quantity, i.unitPriceFen]).sort()).toEqual([[1, 5980], [12, 9480]].sort());
    expect((await orderRow(orderA.id)).buyerDistrictCode).toBe("370102");
    const pays = await db.select().from(payments).where(eq(payments.checkoutId, res.data.checkoutId));
    expect(pays.map((p) => p.providerRef).sort()).toEqual([orderA.orderNo, orderB.orderNo].sort());
  });

  it("snapshots on each line whether the product's certificate is valid on the day of purchase", async () => {
    const s = await makeSeller({ certificationNo: "湘扶认〔2026〕0001号", variants: [{ priceFen: 5980, stock: 10 }] });
    const expired = await makeProduct(s.org.id, { certificationNo: "湘扶认〔2020〕0002号", variants: [{ priceFen: 1990, stock: 10 }] });
    const none = await makeProduct(s.org.id, { variants: [{ priceFen: 990, stock: 10 }] });
    const db = await getDb();
    await db.update(products).set({ certifiedUntil: "2021-01-01" }).where(eq(products.id, expired.product.id));
    const buyer = await makeUser();
    const res = await checkoutMutation(
      { ...ADDRESS, items: [s.variants[0]!, expired.variants[0]!, none.variants[0]!].map((v) => ({ variantId: v.id, quantity: 1 })) },
      { user: buyer },
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const items = await db.select().from(orderItems).where(eq(orderItems.orderId, res.data.orders[0]!.id));
    const certifiedOf = new Map(items.map((i) => [i.variantId, i.certified]));
    expect([s.variants[0]!.id, expired.variants[0]!.id, none.variants[0]!.id].map((id) => certifiedOf.get(id))).toEqual([true, false, false]);
  });

  it("refuses a client-sent price or total (strict schema) and writes nothing", async () => {
    const s = await makeSeller();
    const buyer = await makeUser();
    const r1 = await checkoutMutation({ ...ADDRESS, items: [{ variantId: s.variants[0]!.id, quantity: 1, priceFen: 1 }] }, { user: buyer });
    expect(r1).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "items.0": ["包含不允许的字段"] } });
    const r2 = await checkoutMutation({ ...ADDRESS, totalFen: 1, items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: buyer });
    expect(r2).toMatchObject({ ok: false, code: "invalid" });
    expect(await countOrdersOf(buyer.id)).toBe(0);
    expect((await variantRow(s.variants[0]!.id)).stock).toBe(100);
  });

  it.each([
    ["negative quantity", -1],
    ["zero quantity", 0],
    ["huge quantity", 10_000],
    ["fractional quantity", 1.5],
  ])("refuses a %s with a clear error and no write", async (_label, quantity) => {
    const s = await makeSeller();
    const buyer = await makeUser();
    const r = await checkoutMutation({ ...ADDRESS, items: [{ variantId: s.variants[0]!.id, quantity }] }, { user: buyer });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("invalid");
    expect(r.fieldErrors?.["items.0.quantity"]?.[0]).toMatch(/不能|整数/);
    expect(await countOrdersOf(buyer.id)).toBe(0);
  });

  it("refuses unknown and inactive variants, paused products and unverified sellers", async () => {
    const buyer = await makeUser();
    const unknown = await checkoutMutation({ ...ADDRESS, items: [{ variantId: "00000000-0000-4000-8000-000000000000", quantity: 1 }] }, { user: buyer, locale: "en" });
    expect(unknown).toMatchObject({ ok: false, code: "invalid", error: "This option does not exist or is no longer sold." });
    const s = await makeSeller({ variants: [{ priceFen: 100, stock: 5, active: false }] });
    expect(await checkoutMutation({ ...ADDRESS, items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: buyer })).toMatchObject({ ok: false, code: "invalid", error: "“测试猕猴桃”目前不在售。" });
    const paused = await makeProduct(s.org.id, { status: "paused" });
    expect(await checkoutMutation({ ...ADDRESS, items: [{ variantId: paused.variants[0]!.id, quantity: 1 }] }, { user: buyer })).toMatchObject({ ok: false, code: "invalid" });
    const owner = await makeUser({ roles: ["producer"] });
    const pendingOrg = await makeOrg(owner.id, { verification: "pending" });
    const unverified = await makeProduct(pendingOrg.id);
    expect(await checkoutMutation({ ...ADDRESS, items: [{ variantId: unverified.variants[0]!.id, quantity: 1 }] }, { user: buyer })).toMatchObject({ ok: false, code: "invalid" });
    expect(await countOrdersOf(buyer.id)).toBe(0);
  });

  it("says sold out with the title and units left, and writes nothing", async () => {
    const s = await makeSeller({ title: "保靖黄金茶", variants: [{ name: "100g罐装", priceFen: 16800, stock: 3 }, { priceFen: 100, stock: 10 }] });
    const buyer = await makeUser();
    const r = await checkoutMutation({ ...ADDRESS, items: [{ variantId: s.variants[1]!.id, quantity: 2 }, { variantId: s.variants[0]!.id, quantity: 2 }, { variantId: s.variants[0]!.id, quantity: 2 }] }, { user: buyer });
    expect(r).toMatchObject({ ok: false, code: "sold_out", error: "库存不足：保靖黄金茶（100g罐装） 只剩 3 件。" });
    expect((await variantRow(s.variants[1]!.id)).stock).toBe(10);
    expect(await countOrdersOf(buyer.id)).toBe(0);
  });

  it("checks address, phone, invoice and ship-date input", async () => {
    const s = await makeSeller();
    const buyer = await makeUser();
    const r = await checkoutMutation({ ...ADDRESS, recipientPhone: "12345", latestShipDays: 10, invoiceTitle: "历下区总工会", items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: buyer });
    expect(r).toMatchObject({ ok: false, fieldErrors: { recipientPhone: ["请输入 11 位手机号"], latestShipDays: ["请选择 7、15 或 30 天"], invoiceTaxId: ["开发票需要填写税号"] } });
  });

  it("only lets members of a buyer organisation buy on its behalf, and records it on the order", async () => {
    const s = await makeSeller();
    const buyer = await makeUser();
    const other = await makeUser();
    const union = await makeOrg(buyer.id, { type: "buyer", kind: "trade_union", name: "历下区总工会", regionCode: "370102" });
    const refused = await checkoutMutation({ ...ADDRESS, buyerOrgId: union.id, items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: other });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const producerOrgAsBuyer = await checkoutMutation({ ...ADDRESS, buyerOrgId: s.org.id, items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: s.owner });
    expect(producerOrgAsBuyer).toMatchObject({ ok: false, code: "forbidden" });
    const ok = await checkoutMutation({ ...ADDRESS, buyerOrgId: union.id, invoiceTitle: "济南市历下区总工会", invoiceTaxId: "12370102MB1234567X", items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: buyer });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const o = await orderRow(ok.data.orders[0]!.id);
    expect(o.buyerOrgId).toBe(union.id);
    expect(o.invoice).toMatchObject({ title: "济南市历下区总工会", taxId: "12370102MB1234567X" });
    const db = await getDb();
    expect((await db.select().from(memberships).where(eq(memberships.orgId, union.id))).length).toBe(1);
  });

  it("refuses online payment while Stripe is not configured", async () => {
    const s = await makeSeller();
    const buyer = await makeUser();
    const r = await checkoutMutation({ ...ADDRESS, paymentMethod: "stripe", items: [{ variantId: s.variants[0]!.id, quantity: 1 }] }, { user: buyer });
    expect(r).toMatchObject({ ok: false, error: "在线支付暂未开通，请选择对公转账。" });
  });
});

describe("checkout rate limit", () => {
  it(`allows ${LIMITS.checkout.max} checkouts per buyer in ${LIMITS.checkout.windowSec / 60} minutes; the next is refused in Chinese and writes nothing; another buyer is unaffected`, async () => {
    const s = await makeSeller({ variants: [{ priceFen: 100, stock: 1000 }] });
    const item = { variantId: s.variants[0]!.id, quantity: 1 };
    const buyer = await makeUser();
    for (let i = 0; i < LIMITS.checkout.max; i++) expect(await checkoutMutation({ ...ADDRESS, items: [item] }, { user: buyer }), `checkout ${i + 1}`).toMatchObject({ ok: true });
    const refused = await checkoutMutation({ ...ADDRESS, items: [item] }, { user: buyer });
    expect(refused).toMatchObject({ ok: false, code: "rate_limited", error: "操作太频繁，请 10 分钟后再试。" });
    if (!refused.ok) expect(refused.retryAfterSec).toBeGreaterThan(9 * 60);
    expect(await checkoutMutation({ ...ADDRESS, items: [item] }, { user: buyer, locale: "en" })).toMatchObject({ ok: false, error: "Too many attempts; try again in 10 minutes." });
    expect(await countOrdersOf(buyer.id)).toBe(2 * LIMITS.checkout.max);
    expect(await variantRow(item.variantId)).toMatchObject({ stock: 1000 - LIMITS.checkout.max, reserved: LIMITS.checkout.max });
    expect(await checkoutMutation({ ...ADDRESS, items: [item] }, { user: await makeUser() })).toMatchObject({ ok: true });
  });
});

describe("cart", () => {
  it("adds, merges, changes and removes lines; checkout from the cart empties it", async () => {
    const s = await makeSeller({ variants: [{ priceFen: 9980, stock: 50, tiers: [{ minQty: 10, priceFen: 9480 }] }] });
    const buyer = await makeUser();
    const add = (quantity: number) => addToCart({ productId: s.product.id, variantId: s.variants[0]!.id, quantity }, { user: buyer });
    expect(await add(4)).toMatchObject({ ok: true, data: { quantity: 4 } });
    expect(await add(6)).toMatchObject({ ok: true, data: { quantity: 10 } });
    let cart = await getCart(buyer.id);
    expect(cart.groups[0]!.lines[0]).toMatchObject({ quantity: 10, unitPriceFen: 9480, lineTotalFen: 94800 });
    expect(await updateCartItem({ variantId: s.variants[0]!.id, quantity: 2 }, { user: buyer })).toMatchObject({ ok: true });
    cart = await getCart(buyer.id);
    expect(cart.totalFen).toBe(2 * 9980);
    expect(await add(9999)).toMatchObject({ ok: false, code: "invalid" });
    expect(await add(0)).toMatchObject({ ok: false, code: "invalid" });
    const res = await checkoutMutation({ ...ADDRESS }, { user: buyer });
    expect(res).toMatchObject({ ok: true, data: { totalFen: 2 * 9980 } });
    const db = await getDb();
    expect(await db.select().from(cartItems).where(eq(cartItems.userId, buyer.id))).toHaveLength(0);
    expect(await checkoutMutation({ ...ADDRESS }, { user: buyer })).toMatchObject({ ok: false, error: "购物车是空的，请先选购商品。" });
    await add(1);
    expect(await removeCartItem({ variantId: s.variants[0]!.id }, { user: buyer })).toMatchObject({ ok: true });
    expect((await getCart(buyer.id)).count).toBe(0);
  });

  it("refuses a variant of another product, a paused product, and signed-out callers", async () => {
    const s = await makeSeller();
    const other = await makeProduct(s.org.id, { status: "paused" });
    const buyer = await makeUser();
    expect(await addToCart({ productId: other.product.id, variantId: s.variants[0]!.id, quantity: 1 }, { user: buyer })).toMatchObject({ ok: false, code: "invalid" });
    expect(await addToCart({ productId: other.product.id, variantId: other.variants[0]!.id, quantity: 1 }, { user: buyer })).toMatchObject({ ok: false, code: "invalid" });
    expect(await addToCart({ productId: s.product.id, variantId: s.variants[0]!.id, quantity: 1 }, { user: null })).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
