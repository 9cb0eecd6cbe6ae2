/**
 * Stock never oversells. Concurrency runs on PostgreSQL (DATABASE_URL set): real parallel transactions on a
 * connection pool. PGlite is a single connection on one thread, so parallel calls would only queue: there the
 * same scenarios run one after another, which still checks the counting (exactly N orders, stock 0) but not
 * the locking. The file never skips.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { configuredKind, getDb } from "@/db/client";
import { orderEvents, orderItems, orders } from "@/db/schema";
import { pgCode, pgConstraint, type ActionResult } from "@/lib/action";
import { checkoutMutation, type CheckoutResult } from "@/lib/orders/checkout";
import { cancelOrder, confirmBankPayment, refundOrder, requestRefund, shipOrder } from "@/lib/orders/lifecycle";
import { expireStaleReservations, restockVariant } from "@/lib/orders/stock";
import { LIMITS } from "@/lib/rate-limit";
import { makeUser } from "./helpers/factories";
import { ADDRESS, countOrdersOf, makeSeller, variantRow } from "./helpers/orders";

const concurrent = configuredKind() === "postgres";

async function runAll<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  if (concurrent) return Promise.all(tasks.map((t) => t()));
  const out: T[] = [];
  for (const t of tasks) out.push(await t());
  return out;
}

async function ordersForVariant(variantId: string) {
  const db = await getDb();
  const rows = await db.select({ n: sql<number>`count(distinct ${orderItems.orderId})::int` }).from(orderItems).where(eq(orderItems.variantId, variantId));
  return rows[0]!.n;
}

/** Everything a checkout writes for one seller, counted (the database is shared by the file: per seller). */
async function writtenForSeller(sellerOrgId: string, ownerId: string) {
  const db = await getDb();
  const { rows } = (await db.execute(sql`
    select (select count(*) from orders where seller_org_id = ${sellerOrgId})::int as orders,
           (select count(distinct checkout_id) from orders where seller_org_id = ${sellerOrgId})::int as checkouts,
           (select count(*) from payments p join orders o on o.checkout_id = p.checkout_id and o.order_no = p.provider_ref
             where o.seller_org_id = ${sellerOrgId})::int as payments,
           (select count(*) from order_events e join orders o on o.id = e.order_id where o.seller_org_id = ${sellerOrgId})::int as events,
           (select count(*) from notifications where user_id = ${ownerId} and kind = 'order_placed')::int as notices`)) as unknown as {
    rows: { orders: number; checkouts: number; payments: number; events: number; notices: number }[];
  };
  return rows[0]!;
}

describe(`stock under contention (${concurrent ? "PostgreSQL, concurrent" : "PGlite, sequential"})`, () => {
  it("200 checkouts for 50 in stock → exactly 50 orders, stock 0, never negative", async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 5980, stock: 50 }] });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => makeUser()));
    const v = seller.variants[0]!.id;
    const results: ActionResult<CheckoutResult>[] = await runAll(Array.from({ length: 200 }, (_, i) => () => checkoutMutation({ ...ADDRESS, items: [{ variantId: v, quantity: 1 }] }, { user: buyers[i % 20]! })));
    const ok = results.filter((r) => r.ok).length;
    const codes = new Set(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.code)));
    expect(ok).toBe(50);
    expect([...codes]).toEqual(["sold_out"]);
    expect(await variantRow(v)).toMatchObject({ stock: 0, reserved: 50, sold: 0 });
    expect(await ordersForVariant(v)).toBe(50);
    // Checkouts write their rows before the stock UPDATE: the 150 that lost left none behind.
    expect(await writtenForSeller(seller.org.id, seller.owner.id)).toEqual({ orders: 50, checkouts: 50, payments: 50, events: 50, notices: 50 });
  }, 120_000);

  it("the last unit with 20 buyers at once → exactly 1 order", async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 39800, stock: 1 }] });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => makeUser()));
    const v = seller.variants[0]!.id;
    const results = await runAll(buyers.map((b) => () => checkoutMutation({ ...ADDRESS, items: [{ variantId: v, quantity: 1 }] }, { user: b })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await variantRow(v)).toMatchObject({ stock: 0, reserved: 1 });
    expect(await ordersForVariant(v)).toBe(1);
  }, 60_000);

  it("two variants bought in opposite line orders at once do not deadlock", async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 100, stock: 30 }, { priceFen: 200, stock: 30 }] });
    const [a, b] = seller.variants.map((x) => x.id) as [string, string];
    const buyer = await makeUser();
    const results = await runAll(
      Array.from({ length: 20 }, (_, i) => () =>
        checkoutMutation({ ...ADDRESS, items: i % 2 ? [{ variantId: a, quantity: 1 }, { variantId: b, quantity: 1 }] : [{ variantId: b, quantity: 1 }, { variantId: a, quantity: 1 }] }, { user: buyer }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await variantRow(a)).toMatchObject({ stock: 10, reserved: 20 });
    expect(await variantRow(b)).toMatchObject({ stock: 10, reserved: 20 });
  }, 60_000);
});

describe(`the checkout rate limit under contention (${concurrent ? "PostgreSQL, concurrent" : "PGlite, sequential"})`, () => {
  it(`one buyer firing ${LIMITS.checkout.max + 5} checkouts at once → exactly ${LIMITS.checkout.max} placed, the rest rate_limited with nothing written`, async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 100, stock: 100 }] });
    const buyer = await makeUser();
    const v = seller.variants[0]!.id;
    const results = await runAll(Array.from({ length: LIMITS.checkout.max + 5 }, () => () => checkoutMutation({ ...ADDRESS, items: [{ variantId: v, quantity: 1 }] }, { user: buyer })));
    expect(results.filter((r) => r.ok)).toHaveLength(LIMITS.checkout.max);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.code))).toEqual(Array(5).fill("rate_limited"));
    expect(await variantRow(v)).toMatchObject({ stock: 100 - LIMITS.checkout.max, reserved: LIMITS.checkout.max });
    expect(await writtenForSeller(seller.org.id, seller.owner.id)).toMatchObject({ orders: LIMITS.checkout.max, checkouts: LIMITS.checkout.max });
  }, 60_000);
});

describe("the database itself refuses negative stock", () => {
  it("a direct SQL update to -1 (stock, reserved or sold) fails the CHECK constraint with SQLSTATE 23514 and changes nothing", async () => {
    const seller = await makeSeller({ variants: [{ priceFen: 100, stock: 3 }] });
    const v = seller.variants[0]!.id;
    const db = await getDb();
    for (const column of ["stock", "reserved", "sold"]) {
      const error = await db.execute(sql`update product_variants set ${sql.identifier(column)} = -1 where id = ${v}`).then(() => null, (e: unknown) => e);
      expect(pgCode(error), column).toBe("23514");
      expect(pgConstraint(error), column).toBe("variant_stock_nonneg");
    }
    expect(await variantRow(v)).toMatchObject({ stock: 3, reserved: 0, sold: 0 });
  });
});

describe("the early sold-out answer is an optimisation: the conditional UPDATE decides", () => {
  it("stock taken between the priced read and the reservation → sold out, and nothing the checkout wrote remains", async () => {
    const seller = await makeSeller({ title: "古丈毛尖", variants: [{ name: "250g", priceFen: 12800, stock: 1 }] });
    const buyer = await makeUser();
    const v = seller.variants[0]!.id;
    const db = await getDb();
    // Deterministic stand-in for a concurrent buyer (PGlite has one connection): once this checkout has read the
    // stock and written its order lines, another reservation takes the last unit, inside the same transaction.
    await db.execute(sql`create function test_take_last_unit() returns trigger language plpgsql as $$
      begin update product_variants set stock = stock - 1, reserved = reserved + 1 where id = new.variant_id; return new; end $$`);
    await db.execute(sql`create trigger test_take_last_unit after insert on order_items for each row execute function test_take_last_unit()`);
    try {
      const r = await checkoutMutation({ ...ADDRESS, items: [{ variantId: v, quantity: 1 }] }, { user: buyer });
      expect(r).toMatchObject({ ok: false, code: "sold_out", error: "库存不足：古丈毛尖（250g） 只剩 0 件。" });
    } finally {
      await db.execute(sql`drop trigger test_take_last_unit on order_items`);
      await db.execute(sql`drop function test_take_last_unit()`);
    }
    expect(await variantRow(v)).toMatchObject({ stock: 1, reserved: 0, sold: 0 });
    expect(await writtenForSeller(seller.org.id, seller.owner.id)).toEqual({ orders: 0, checkouts: 0, payments: 0, events: 0, notices: 0 });
    expect(await countOrdersOf(buyer.id)).toBe(0);
    // and the unit is still there for the next buyer
    expect(await checkoutMutation({ ...ADDRESS, items: [{ variantId: v, quantity: 1 }] }, { user: buyer })).toMatchObject({ ok: true });
    expect(await writtenForSeller(seller.org.id, seller.owner.id)).toEqual({ orders: 1, checkouts: 1, payments: 1, events: 1, notices: 1 });
  });
});

type Op =
  | { kind: "reserve"; qty: number }
  | { kind: "pay"; i: number }
  | { kind: "expire"; i: number }
  | { kind: "cancel"; i: number }
  | { kind: "refund"; i: number }
  | { kind: "shipRefund"; i: number }
  | { kind: "restock"; qty: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("reserve" as const), qty: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant("pay" as const), i: fc.nat(6) }),
  fc.record({ kind: fc.constant("expire" as const), i: fc.nat(6) }),
  fc.record({ kind: fc.constant("cancel" as const), i: fc.nat(6) }),
  fc.record({ kind: fc.constant("refund" as const), i: fc.nat(6) }),
  fc.record({ kind: fc.constant("shipRefund" as const), i: fc.nat(6) }),
  fc.record({ kind: fc.constant("restock" as const), qty: fc.integer({ min: 1, max: 4 }) }),
);

describe("stock model (fast-check): reserve / pay / expire / cancel / refund / restock", () => {
  it("keeps initial + restocked = stock + reserved + sold, never negative, each order paid at most once", async () => {
    const db = await getDb();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const initial = 8;
        const seller = await makeSeller({ variants: [{ priceFen: 1000, stock: initial }] });
        const buyer = await makeUser();
        const v = seller.variants[0]!.id;
        const model = { stock: initial, reserved: 0, sold: 0, restocked: 0 };
        const placed: { id: string; qty: number; state: "pending" | "paid" | "closed" }[] = [];
        for (const op of ops) {
          const o = "i" in op ? placed[op.i % Math.max(placed.length, 1)] : undefined;
          switch (op.kind) {
            case "reserve": {
              const r = await checkoutMutation({ ...ADDRESS, items: [{ variantId: v, quantity: op.qty }] }, { user: buyer });
              expect(r.ok).toBe(op.qty <= model.stock);
              if (r.ok) {
                placed.push({ id: r.data.orders[0]!.id, qty: op.qty, state: "pending" });
                model.stock -= op.qty;
                model.reserved += op.qty;
              }
              break;
            }
            case "pay": {
              if (!o) break;
              const r = await confirmBankPayment({ orderId: o.id }, { user: seller.owner });
              expect(r.ok).toBe(o.state === "pending");
              if (r.ok) {
                o.state = "paid";
                model.reserved -= o.qty;
                model.sold += o.qty;
              }
              break;
            }
            case "expire":
            case "cancel": {
              if (!o) break;
              let ok: boolean;
              if (op.kind === "expire") {
                await db.update(orders).set({ reservationExpiresAt: new Date(Date.now() - 1000) }).where(and(eq(orders.id, o.id), eq(orders.status, "pending_payment")));
                await expireStaleReservations(new Date());
                ok = o.state === "pending";
              } else {
                ok = (await cancelOrder({ orderId: o.id }, { user: buyer })).ok;
                expect(ok).toBe(o.state === "pending");
              }
              if (ok) {
                o.state = "closed";
                model.reserved -= o.qty;
                model.stock += o.qty;
              }
              break;
            }
            case "refund":
            case "shipRefund": {
              if (!o) break;
              if (o.state !== "paid") {
                expect((await refundOrder({ orderId: o.id }, { user: seller.owner })).ok).toBe(false);
                break;
              }
              if (op.kind === "shipRefund") expect((await shipOrder({ orderId: o.id, carrier: "邮政", trackingNo: "EMS00000001" }, { user: seller.owner })).ok).toBe(true);
              expect((await requestRefund({ orderId: o.id, reason: "测试退款" }, { user: buyer })).ok).toBe(true);
              expect((await refundOrder({ orderId: o.id }, { user: seller.owner })).ok).toBe(true);
              o.state = "closed";
              if (op.kind === "refund") {
                model.sold -= o.qty;
                model.stock += o.qty;
              }
              break;
            }
            case "restock": {
              await db.transaction((tx) => restockVariant(tx, v, op.qty));
              model.restocked += op.qty;
              model.stock += op.qty;
              break;
            }
          }
          const row = await variantRow(v);
          expect({ stock: row.stock, reserved: row.reserved, sold: row.sold }).toEqual({ stock: model.stock, reserved: model.reserved, sold: model.sold });
          expect(row.stock).toBeGreaterThanOrEqual(0);
          expect(initial + model.restocked).toBe(row.stock + row.reserved + row.sold);
        }
        for (const o of placed) {
          const paid = await db.select({ n: sql<number>`count(*)::int` }).from(orderEvents).where(and(eq(orderEvents.orderId, o.id), eq(orderEvents.toStatus, "paid")));
          expect(paid[0]!.n).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
