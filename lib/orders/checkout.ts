/**
 * Checkout: one `checkouts` row, one order per seller organisation, stock reserved in the same transaction.
 * Prices, tiers and totals are read from the database in integer fen; the strict input schema refuses any
 * price or total a client sends. The page (from the cart) and POST /api/v1/orders (explicit items) share it.
 */
import crypto from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { organizations, products, users } from "@/db/schema";
import { DomainError, mutation, pgConstraint } from "@/lib/action";
import { fill, requiredText } from "@/lib/validation";
import { isOnlinePaymentEnabled } from "@/lib/payments/provider";
import { notifyOrder } from "@/lib/notifications/orders";
import type { MailOutbox } from "@/lib/notifications/notify";
import { TAGS } from "@/lib/cache";
import { LIMITS } from "@/lib/rate-limit";
import { flushOutbox, withOutbox } from "./outbox";
import { MAX_QTY, unitPriceFor, type Tier } from "./pricing";
import { BANK_TRANSFER_RESERVATION_MS, ONLINE_RESERVATION_MS, precheckStock, reserveStock } from "./stock";
import { isOrgMember } from "./core";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());

export const itemSchema = z.strictObject({
  variantId: z.uuid(),
  quantity: z.coerce.number().int("$wholeNumber").min(1).max(MAX_QTY),
});

export const checkoutInput = z
  .strictObject({
    items: z.array(itemSchema).min(1).max(50).optional(),
    recipient: requiredText("recipient", 1, 40),
    recipientPhone: z.string().trim().min(1, fill("phone")).regex(/^1[3-9]\d{9}$/, "$invalidPhone"),
    province: requiredText("province", 2, 20),
    city: requiredText("city", 2, 30),
    district: requiredText("district", 2, 30),
    addressDetail: requiredText("addressDetail", 4, 200),
    buyerOrgId: z.preprocess(blankToUndefined, z.uuid().optional()),
    invoiceTitle: optText(80),
    invoiceTaxId: z.preprocess(blankToUndefined, z.string().trim().regex(/^[0-9A-Z]{15,20}$/, "$invalidTaxId").optional()),
    invoiceAddress: optText(120),
    invoiceBank: optText(120),
    latestShipDays: z.coerce.number().refine((n) => n === 7 || n === 15 || n === 30, "$invalidShipDays"),
    paymentMethod: z.enum(["bank_transfer", "stripe"]),
    note: optText(200),
  })
  .superRefine((v, ctx) => {
    if (v.invoiceTitle && !v.invoiceTaxId) ctx.addIssue({ code: "custom", path: ["invoiceTaxId"], message: "$invoiceTaxIdRequired" });
    if (!v.invoiceTitle && (v.invoiceTaxId || v.invoiceAddress || v.invoiceBank)) ctx.addIssue({ code: "custom", path: ["invoiceTitle"], message: "$invoiceTitleRequired" });
  });

export type CheckoutInput = z.output<typeof checkoutInput>;

export interface CheckoutResult {
  checkoutId: string;
  paymentMethod: "bank_transfer" | "stripe";
  totalFen: number;
  orders: { id: string; orderNo: string; sellerOrgId: string; sellerName: string; status: string; totalFen: number }[];
}

/** XJ + China date + 8 random digits: short enough to type into a bank-transfer memo. */
export function newOrderNo(now: Date): string {
  const d = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll("-", "");
  const n = crypto.randomInt(0, 100_000_000);
  return `XJ${d}${String(n).padStart(8, "0")}`;
}

interface PricedLine {
  variantId: string;
  productId: string;
  sellerOrgId: string;
  sellerName: string;
  title: string;
  variantName: string;
  unitPriceFen: number;
  quantity: number;
  lineTotalFen: number;
  category: (typeof products.$inferSelect)["category"];
  originCode: string;
  certified: boolean;
  /** Units in stock when priced (read without a lock: for the early sold-out answer only). */
  stock: number;
}

/** A variant as pricing sees it: its product, seller and tiers, read in one statement. */
interface VariantRow {
  variantId: string;
  variantName: string;
  priceFen: number;
  stock: number;
  active: boolean;
  productId: string;
  title: string;
  status: string;
  hidden: boolean;
  category: PricedLine["category"];
  originCode: string;
  certified: boolean;
  sellerOrgId: string;
  sellerName: string;
  verification: string;
  tiers: Tier[];
}

// Every checkout runs this read, the ones that end in "sold out" too, so it is written by hand: through the
// query builder, building the statement cost the server more CPU than the database spent answering it.
const VARIANT_ROW = sql.raw(`v.id as "variantId", v.name as "variantName", v.price_fen as "priceFen", v.stock, v.active,
  p.id as "productId", p.title, p.status, p.hidden_reason is not null as hidden, p.category, p.origin_code as "originCode",
  o.id as "sellerOrgId", o.name as "sellerName", o.verification,
  coalesce((select json_agg(json_build_object('minQty', t.min_qty, 'priceFen', t.price_fen)) from price_tiers t where t.variant_id = v.id), '[]'::json) as tiers`);
const VARIANT_JOINS = sql.raw(`join products p on p.id = v.product_id join organizations o on o.id = p.org_id`);

/** Certified on `today` (China date): a certificate number and a validity not yet past. */
const certifiedOn = (today: string) => sql`(coalesce(p.certification_no, '') <> '' and p.certified_until >= ${today}::date) as certified`;

/**
 * The lines to buy, with what pricing needs of their variants: the explicit items, or the buyer's cart with its
 * quantities, one statement either way. Variants are found by primary key from an id list (the cart's as an
 * array), never by a join to the cart: a join would leave the plan to the cart's statistics, which can make it a
 * sequential scan of every variant.
 */
async function readLines(
  tx: Tx,
  buyerId: string,
  items: readonly { variantId: string; quantity: number }[] | undefined,
  today: string,
): Promise<{ requested: { variantId: string; quantity: number }[]; variants: VariantRow[] }> {
  if (items) {
    const ids = [...new Set(items.map((i) => i.variantId))];
    const res = await tx.execute(sql`select ${VARIANT_ROW}, ${certifiedOn(today)} from product_variants v ${VARIANT_JOINS} where v.id in ${ids}`);
    return { requested: [...items], variants: (res as unknown as { rows: VariantRow[] }).rows };
  }
  const res = await tx.execute(sql`select ${VARIANT_ROW}, ${certifiedOn(today)},
      (select c.quantity from cart_items c where c.user_id = ${buyerId} and c.variant_id = v.id) as quantity
    from product_variants v ${VARIANT_JOINS}
    where v.id = any(array(select variant_id from cart_items where user_id = ${buyerId}))`);
  const rows = (res as unknown as { rows: (VariantRow & { quantity: number })[] }).rows;
  return { requested: rows.map((r) => ({ variantId: r.variantId, quantity: r.quantity })), variants: rows };
}

/** Price the requested lines (same variant summed) from the variants read: unknown or not-on-sale ones are refused. */
export function priceLines(requested: readonly { variantId: string; quantity: number }[], rows: readonly VariantRow[]): PricedLine[] {
  const qty = new Map<string, number>();
  for (const r of requested) qty.set(r.variantId, (qty.get(r.variantId) ?? 0) + r.quantity);
  for (const q of qty.values()) if (q > MAX_QTY) throw new DomainError("invalid", "quantityRange", { max: MAX_QTY });
  const byId = new Map(rows.map((r) => [r.variantId, r]));
  return [...qty].map(([id, quantity]) => {
    const r = byId.get(id);
    if (!r) throw new DomainError("invalid", "variantUnavailable");
    if (!r.active || r.status !== "on_sale" || r.hidden || r.verification !== "verified") {
      throw new DomainError("invalid", "notOnSale", { title: r.title });
    }
    const unit = unitPriceFor(r.priceFen, r.tiers, quantity);
    return {
      variantId: id,
      productId: r.productId,
      sellerOrgId: r.sellerOrgId,
      sellerName: r.sellerName,
      title: r.title,
      variantName: r.variantName,
      unitPriceFen: unit,
      quantity,
      lineTotalFen: unit * quantity,
      category: r.category,
      originCode: r.originCode,
      certified: r.certified,
      stock: r.stock,
    };
  });
}

/** The buyer's Jinan district code (impact statistics), looked up inside the order INSERT; null outside Jinan. */
function jinanDistrictCode(city: string, district: string): SQL | null {
  if (!city.startsWith("济南")) return null;
  return sql`(select code from regions where name = ${district} and kind = 'jinan_district' limit 1)`;
}

/**
 * Everything a checkout writes, in one transaction, in an order chosen for contention: prices and an early
 * sold-out answer from unlocked reads, then the checkout, orders, items, events, payments, notifications and
 * the cart, and only then the conditional stock UPDATE (`reserveStock`) as the last statement before COMMIT.
 * The variant row lock is thus held for UPDATE + COMMIT only; when the UPDATE finds too little stock the
 * whole transaction rolls back and nothing of it remains.
 */
export async function placeCheckout(
  tx: Tx,
  buyerId: string,
  input: CheckoutInput,
  now: Date,
  outbox: MailOutbox,
): Promise<{ result: CheckoutResult; productIds: string[] }> {
  if (input.paymentMethod === "stripe" && !isOnlinePaymentEnabled()) throw new DomainError("invalid", "stripeUnavailable");
  const fromCart = !input.items;
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const { requested, variants } = await readLines(tx, buyerId, input.items, today);
  if (!requested.length) throw new DomainError("invalid", "cartEmpty");

  let buyerOrgId: string | null = null;
  if (input.buyerOrgId) {
    const [org] = await tx.select({ id: organizations.id, type: organizations.type }).from(organizations).where(eq(organizations.id, input.buyerOrgId));
    if (!org || org.type !== "buyer" || !(await isOrgMember(tx, buyerId, org.id))) {
      throw new DomainError("forbidden", "notBuyerOrg", {}, { buyerOrgId: ["notBuyerOrg"] });
    }
    buyerOrgId = org.id;
  }

  const lines = priceLines(requested, variants);
  const stockLines = lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity, title: `${l.title}（${l.variantName}）`, stock: l.stock }));
  precheckStock(stockLines);

  const bySeller = new Map<string, PricedLine[]>();
  for (const l of lines) bySeller.set(l.sellerOrgId, [...(bySeller.get(l.sellerOrgId) ?? []), l]);
  const totalFen = lines.reduce((s, l) => s + l.lineTotalFen, 0);
  const expiresAt = new Date(now.getTime() + (input.paymentMethod === "stripe" ? ONLINE_RESERVATION_MS : BANK_TRANSFER_RESERVATION_MS));
  const invoice = input.invoiceTitle ? { title: input.invoiceTitle, taxId: input.invoiceTaxId!, address: input.invoiceAddress, bank: input.invoiceBank } : null;
  const checkoutId = crypto.randomUUID();
  const placed = [...bySeller].map(([sellerOrgId, sellerLines]) => ({
    id: crypto.randomUUID(),
    orderNo: newOrderNo(now),
    sellerOrgId,
    sellerName: sellerLines[0]!.sellerName,
    lines: sellerLines,
    subtotal: sellerLines.reduce((s, l) => s + l.lineTotalFen, 0),
  }));

  // The checkout, its orders, items, first events, payments and the cart lines bought, in one statement: data-modifying
  // CTEs each run once, and foreign keys are checked at the statement's end, so parents and children can be siblings
  // (their ids are made above). Hand-written, like the read: building it with the query builder cost more CPU than
  // the database spent on it.
  const at = now.toISOString();
  const districtCode = jinanDistrictCode(input.city, input.district);
  const invoiceJson = invoice ? JSON.stringify(invoice) : null;
  const rows = (list: SQL[]) => sql.join(list, sql`, `);
  await tx.execute(sql`
    with new_checkout as (
      insert into checkouts (id, buyer_id, payment_method, total_fen, created_at)
      values (${checkoutId}, ${buyerId}, ${input.paymentMethod}, ${totalFen}, ${at})
    ), new_orders as (
      insert into orders (id, order_no, checkout_id, buyer_id, buyer_org_id, seller_org_id, status, payment_method, subtotal_fen, shipping_fen,
        total_fen, recipient, recipient_phone, province, city, district, address_detail, buyer_district_code, invoice, latest_ship_days, note,
        reservation_expires_at, created_at, updated_at)
      values ${rows(
        placed.map(
          (o) => sql`(${o.id}, ${o.orderNo}, ${checkoutId}, ${buyerId}, ${buyerOrgId}, ${o.sellerOrgId}, 'pending_payment', ${input.paymentMethod}, ${o.subtotal}, 0,
            ${o.subtotal}, ${input.recipient}, ${input.recipientPhone}, ${input.province}, ${input.city}, ${input.district}, ${input.addressDetail}, ${districtCode},
            ${invoiceJson}, ${input.latestShipDays}, ${input.note ?? null}, ${expiresAt.toISOString()}, ${at}, ${at})`,
        ),
      )}
    ), new_items as (
      insert into order_items (order_id, product_id, variant_id, title_snapshot, variant_snapshot, unit_price_fen, quantity, line_total_fen, certified,
        category, origin_code)
      values ${rows(
        placed.flatMap((o) =>
          o.lines.map(
            (l) => sql`(${o.id}, ${l.productId}, ${l.variantId}, ${l.title}, ${l.variantName}, ${l.unitPriceFen}, ${l.quantity}, ${l.lineTotalFen}, ${l.certified},
              ${l.category}, ${l.originCode})`,
          ),
        ),
      )}
    ), new_events as (
      insert into order_events (order_id, from_status, to_status, actor_id, created_at)
      values ${rows(placed.map((o) => sql`(${o.id}, null, 'pending_payment', ${buyerId}, ${at})`))}
    ), new_payments as (
      insert into payments (checkout_id, provider, provider_ref, amount_fen, currency)
      values ${rows(
        input.paymentMethod === "bank_transfer"
          ? // One transfer per order: each producer has its own account; the order number is the reference.
            placed.map((o) => sql`(${checkoutId}, 'bank_transfer', ${o.orderNo}, ${o.subtotal}, 'cny')`)
          : [sql`(${checkoutId}, 'stripe', null, ${totalFen}, 'cny')`],
      )}
    )
    ${fromCart ? sql`delete from cart_items where user_id = ${buyerId} and variant_id in ${lines.map((l) => l.variantId)}` : sql`select 1`}`);
  for (const o of placed) await notifyOrder(tx, outbox, { id: o.id, orderNo: o.orderNo, buyerId, sellerOrgId: o.sellerOrgId }, "placed");
  const created: CheckoutResult["orders"] = placed.map((o) => ({ id: o.id, orderNo: o.orderNo, sellerOrgId: o.sellerOrgId, sellerName: o.sellerName, status: "pending_payment", totalFen: o.subtotal }));
  // Last: the conditional UPDATE locks the variant rows until COMMIT, which follows right away.
  await reserveStock(tx, stockLines);
  return {
    result: { checkoutId, paymentMethod: input.paymentMethod, totalFen, orders: created },
    productIds: [...new Set(lines.map((l) => l.productId))],
  };
}

export const checkoutMutation = mutation({
  roles: ["buyer"],
  input: checkoutInput,
  rateLimit: LIMITS.checkout,
  async run({ tx, user, input }) {
    const outbox: MailOutbox = [];
    // Nothing may run in the transaction after placeCheckout: its last statement took the stock row locks.
    const { result, productIds } = await placeCheckout(tx, user.id, input, new Date(), outbox);
    return withOutbox(result, outbox, productIds.map((id) => TAGS.product(id)));
  },
  // Order numbers are random within the day: a clash with an existing one is rare but real at volume, and
  // only needs fresh numbers.
  retryOn: (e) => pgConstraint(e) === "orders_order_no_uq",
  async after(data) {
    await flushOutbox(data);
  },
});

export async function buyerEmail(tx: Tx, userId: string): Promise<string | null> {
  const [u] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return u?.email ?? null;
}
