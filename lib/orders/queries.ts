/** Reads for the order pages and the API. A viewer who is neither the buyer nor a seller member gets null (404). */
import { and, asc, count, desc, eq, inArray, isNotNull, sql, type Placeholder, type SQL } from "drizzle-orm";
import { alias, type PgSelect } from "drizzle-orm/pg-core";
import { getDb, type Database } from "@/db/client";
import { preparedStatement } from "@/db/prepared";
import { memberships, orderEvents, orderItems, orders, organizations, reviews, shipments } from "@/db/schema";

export interface OrderSummary {
  id: string;
  orderNo: string;
  status: string;
  paymentMethod: string;
  totalFen: number;
  createdAt: Date;
  sellerName: string;
  buyerOrgName: string | null;
  firstTitle: string;
  itemCount: number;
}

export interface OrderDetail {
  id: string;
  orderNo: string;
  status: string;
  paymentMethod: string;
  subtotalFen: number;
  shippingFen: number;
  totalFen: number;
  refundedFen: number;
  createdAt: Date;
  paidAt: Date | null;
  shippedAt: Date | null;
  reservationExpiresAt: Date | null;
  latestShipDays: number;
  note: string | null;
  refundReason: string | null;
  address: { recipient: string; phone: string; province: string; city: string; district: string; detail: string };
  invoice: { title: string; taxId: string; address?: string; bank?: string } | null;
  buyerOrgName: string | null;
  seller: { id: string; name: string; bankAccountName: string | null; bankName: string | null; bankAccountNo: string | null; contactPhone: string | null };
  items: { productId: string; variantId: string; title: string; variantName: string; unitPriceFen: number; quantity: number; lineTotalFen: number; certified: boolean }[];
  events: { fromStatus: string | null; toStatus: string; note: string | null; createdAt: Date }[];
  shipment: { carrier: string; trackingNo: string; createdAt: Date } | null;
  reviews: { productId: string; rating: number; body: string }[];
}

const buyerOrg = alias(organizations, "buyer_org");

/** An order in a list: its seller, buyer organisation, first item and item count, read in the same query. */
const summaryColumns = {
  id: orders.id,
  orderNo: orders.orderNo,
  status: orders.status,
  paymentMethod: orders.paymentMethod,
  totalFen: orders.totalFen,
  createdAt: orders.createdAt,
  sellerName: organizations.name,
  buyerOrgName: buyerOrg.name,
  firstTitle: sql<string>`coalesce((select oi.title_snapshot from ${orderItems} oi where oi.order_id = ${orders.id} order by oi.id limit 1), '')`,
  itemCount: sql<number>`(select count(*) from ${orderItems} oi where oi.order_id = ${orders.id})::int`,
};

/** The joins, order and window of a summary page, on a select of summaryColumns (with more columns if needed). */
function summaryPage<T extends PgSelect>(qb: T, where: SQL | undefined, limit: number | Placeholder, offset: number | Placeholder) {
  return qb
    .innerJoin(organizations, eq(organizations.id, orders.sellerOrgId))
    .leftJoin(buyerOrg, eq(buyerOrg.id, orders.buyerOrgId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit)
    .offset(offset);
}

const orderCount = (db: Database, where: SQL | undefined) => db.select({ n: count() }).from(orders).where(where);

/**
 * One page of order summaries and the total: two statements run side by side (the page with its seller, buyer
 * organisation, first item and item count in one query, and the count), not one round trip per part.
 */
async function summaries(where: SQL | undefined, page: number, pageSize: number): Promise<{ items: OrderSummary[]; total: number }> {
  const db = await getDb();
  const [items, [{ n } = { n: 0 }]] = await Promise.all([summaryPage(db.select(summaryColumns).from(orders).$dynamic(), where, pageSize, (page - 1) * pageSize), orderCount(db, where)]);
  return { total: n, items };
}

// A buyer's own list is read on every visit to /orders: one prepared statement, each row of the page carrying the
// buyer's order count (a scalar subquery, evaluated once), so one round trip instead of two.
const byBuyer = eq(orders.buyerId, sql.placeholder("buyerId"));
const buyerTotal = sql<number>`(select count(*) from ${orders} o where o.buyer_id = ${sql.placeholder("buyerId")})::int`;
const buyerOrderPage = preparedStatement((db) => summaryPage(db.select({ ...summaryColumns, total: buyerTotal }).from(orders).$dynamic(), byBuyer, sql.placeholder("limit"), sql.placeholder("offset")).prepare("buyer_order_page"));
const buyerOrderCount = preparedStatement((db) => orderCount(db, byBuyer).prepare("buyer_order_count"));

export async function listBuyerOrders(userId: string, page = 1, pageSize = 20): Promise<{ items: OrderSummary[]; total: number }> {
  const db = await getDb();
  const rows = await buyerOrderPage(db).execute({ buyerId: userId, limit: pageSize, offset: (page - 1) * pageSize });
  const items = rows.map(({ total: _total, ...item }) => item);
  if (rows[0]) return { total: rows[0].total, items };
  // An empty page: no orders at all, or a page past the last one.
  return { total: page === 1 ? 0 : ((await buyerOrderCount(db).execute({ buyerId: userId }))[0]?.n ?? 0), items };
}

export type SellerTab = "to_confirm" | "to_ship" | "refunds" | "all";
export const SELLER_TABS: readonly SellerTab[] = ["to_confirm", "to_ship", "refunds", "all"];

export async function sellerOrgIds(userId: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: organizations.id })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), inArray(organizations.type, ["producer", "workshop"])));
  return rows.map((r) => r.id);
}

export async function listSellerOrders(userId: string, tab: SellerTab, page = 1, pageSize = 20) {
  const orgIds = await sellerOrgIds(userId);
  if (!orgIds.length) return { items: [], total: 0 };
  const mine = inArray(orders.sellerOrgId, orgIds);
  const byTab: Record<SellerTab, SQL | undefined> = {
    to_confirm: and(mine, eq(orders.status, "pending_payment"), eq(orders.paymentMethod, "bank_transfer")),
    to_ship: and(mine, eq(orders.status, "paid")),
    refunds: and(mine, eq(orders.status, "refund_requested")),
    all: mine,
  };
  return summaries(byTab[tab], page, pageSize);
}

async function detail(orderId: string): Promise<(OrderDetail & { buyerId: string; sellerOrgId: string }) | null> {
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) return null;
  const db = await getDb();
  const [o] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!o) return null;
  const [seller] = await db
    .select({ id: organizations.id, name: organizations.name, bankAccountName: organizations.bankAccountName, bankName: organizations.bankName, bankAccountNo: organizations.bankAccountNo, contactPhone: organizations.contactPhone })
    .from(organizations)
    .where(eq(organizations.id, o.sellerOrgId));
  const [buyerOrg] = o.buyerOrgId ? await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, o.buyerOrgId)) : [];
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, o.id)).orderBy(asc(orderItems.titleSnapshot));
  const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, o.id)).orderBy(asc(orderEvents.createdAt), asc(orderEvents.id));
  const [ship] = await db.select().from(shipments).where(eq(shipments.orderId, o.id));
  const revs = await db.select({ productId: reviews.productId, rating: reviews.rating, body: reviews.body }).from(reviews).where(eq(reviews.orderId, o.id));
  return {
    id: o.id,
    buyerId: o.buyerId,
    sellerOrgId: o.sellerOrgId,
    orderNo: o.orderNo,
    status: o.status,
    paymentMethod: o.paymentMethod,
    subtotalFen: o.subtotalFen,
    shippingFen: o.shippingFen,
    totalFen: o.totalFen,
    refundedFen: o.refundedFen,
    createdAt: o.createdAt,
    paidAt: o.paidAt,
    shippedAt: o.shippedAt,
    reservationExpiresAt: o.reservationExpiresAt,
    latestShipDays: o.latestShipDays,
    note: o.note,
    refundReason: o.refundReason,
    address: { recipient: o.recipient, phone: o.recipientPhone, province: o.province, city: o.city, district: o.district, detail: o.addressDetail },
    invoice: o.invoice ?? null,
    buyerOrgName: buyerOrg?.name ?? null,
    seller: seller!,
    items: items.map((i) => ({ productId: i.productId, variantId: i.variantId, title: i.titleSnapshot, variantName: i.variantSnapshot, unitPriceFen: i.unitPriceFen, quantity: i.quantity, lineTotalFen: i.lineTotalFen, certified: i.certified })),
    events: events.map((e) => ({ fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, createdAt: e.createdAt })),
    shipment: ship ? { carrier: ship.carrier, trackingNo: ship.trackingNo, createdAt: ship.createdAt } : null,
    reviews: revs,
  };
}

function strip(d: OrderDetail & { buyerId: string; sellerOrgId: string }): OrderDetail {
  const { buyerId: _b, sellerOrgId: _s, ...rest } = d;
  return rest;
}

export async function getOrderForBuyer(userId: string, orderId: string): Promise<OrderDetail | null> {
  const d = await detail(orderId);
  return d && d.buyerId === userId ? strip(d) : null;
}

export async function getOrderForSeller(userId: string, orderId: string): Promise<OrderDetail | null> {
  const d = await detail(orderId);
  if (!d) return null;
  return (await sellerOrgIds(userId)).includes(d.sellerOrgId) ? strip(d) : null;
}

/** API: the buyer or a member of the seller organisation; anyone else gets null. */
export async function getOrderForViewer(userId: string, orderId: string): Promise<OrderDetail | null> {
  const d = await detail(orderId);
  if (!d) return null;
  if (d.buyerId === userId) return strip(d);
  return (await sellerOrgIds(userId)).includes(d.sellerOrgId) ? strip(d) : null;
}

// Read on every visit to /orders (the link to the organisation's page) and at checkout: prepared.
const buyerOrgsStatement = preparedStatement((db) =>
  db
    .select({ id: organizations.id, name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, sql.placeholder("userId")), eq(organizations.type, "buyer")))
    .orderBy(asc(organizations.name))
    .prepare("buyer_orgs_of"),
);

export async function buyerOrgsOf(userId: string): Promise<{ id: string; name: string }[]> {
  return buyerOrgsStatement(await getDb()).execute({ userId });
}

/** An organisation's invoice details as an order carried them (orders.invoice). */
export type BuyerOrgInvoice = { title: string; taxId: string; address?: string; bank?: string };

/**
 * For checkout: the buying organisations the user purchases for, each with the invoice its purchasers gave last
 * (what the next order for it most likely needs again).
 */
export async function buyerOrgsForCheckout(userId: string): Promise<{ id: string; name: string; invoice: BuyerOrgInvoice | null }[]> {
  const orgs = await buyerOrgsOf(userId);
  if (!orgs.length) return [];
  const db = await getDb();
  const last = await db
    .selectDistinctOn([orders.buyerOrgId], { orgId: orders.buyerOrgId, invoice: orders.invoice })
    .from(orders)
    .where(and(inArray(orders.buyerOrgId, orgs.map((o) => o.id)), isNotNull(orders.invoice)))
    .orderBy(orders.buyerOrgId, desc(orders.createdAt));
  const invoiceOf = new Map(last.map((r) => [r.orgId, r.invoice]));
  return orgs.map((o) => ({ ...o, invoice: invoiceOf.get(o.id) ?? null }));
}

/** The orders one checkout created, for the "order placed" banner (only the buyer's own checkout). */
export async function listCheckoutOrders(userId: string, checkoutId: string): Promise<{ id: string; orderNo: string; sellerName: string; totalFen: number }[]> {
  if (!/^[0-9a-f-]{36}$/i.test(checkoutId)) return [];
  const db = await getDb();
  return db
    .select({ id: orders.id, orderNo: orders.orderNo, sellerName: organizations.name, totalFen: orders.totalFen })
    .from(orders)
    .innerJoin(organizations, eq(organizations.id, orders.sellerOrgId))
    .where(and(eq(orders.buyerId, userId), eq(orders.checkoutId, checkoutId)))
    .orderBy(asc(organizations.name));
}
