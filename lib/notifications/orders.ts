/**
 * Order notifications: an in-app row per recipient (inside the caller's transaction) with its e-mail copy owed;
 * the ids go into the caller's outbox, sent right away after commit (`emailNotifications`, or the sweep).
 */
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, orders, users } from "@/db/schema";
import { translator } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { notify, type MailOutbox, type NotificationInput } from "./notify";

export type OrderNoticeKind = "placed" | "paid" | "shipped" | "received" | "cancelled" | "refund_requested" | "refunded";

/**
 * Who hears about what: payment, shipment and refunds reach both sides. A notice both sides get is written for each
 * (`body` for the producer, `buyerBody` for the buyer where the two differ: a buyer is never told to ship).
 */
const AUDIENCE: Record<OrderNoticeKind, { buyer: boolean; seller: boolean }> = {
  placed: { buyer: false, seller: true },
  paid: { buyer: true, seller: true },
  shipped: { buyer: true, seller: false },
  received: { buyer: false, seller: true },
  cancelled: { buyer: true, seller: true },
  refund_requested: { buyer: false, seller: true },
  refunded: { buyer: true, seller: true },
};

/** Notices both sides get whose producer's wording does not fit the buyer (messages: orders.notice.<kind>.buyerBody). */
const BUYER_BODY: ReadonlySet<OrderNoticeKind> = new Set(["paid", "cancelled", "refunded"]);

/** What a notice needs of its order; a caller that has just written the order passes it and saves the read. */
export interface OrderRef {
  id: string;
  orderNo: string;
  buyerId: string;
  sellerOrgId: string;
}

export async function notifyOrder(tx: Tx, outbox: MailOutbox, orderOrId: string | OrderRef, kind: OrderNoticeKind): Promise<void> {
  const order =
    typeof orderOrId === "string"
      ? (await tx.select({ id: orders.id, orderNo: orders.orderNo, buyerId: orders.buyerId, sellerOrgId: orders.sellerOrgId }).from(orders).where(eq(orders.id, orderOrId)))[0]
      : orderOrId;
  if (!order) return;
  const who = AUDIENCE[kind];
  const recipients: { userId: string; locale: string; href: string; buyer: boolean }[] = [];
  if (who.buyer) {
    const [buyer] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, order.buyerId));
    if (buyer) recipients.push({ userId: order.buyerId, locale: buyer.locale, href: `/orders/${order.id}`, buyer: true });
  }
  if (who.seller) {
    const members = await tx
      .select({ userId: memberships.userId, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.orgId, order.sellerOrgId));
    for (const m of members) if (m.userId !== order.buyerId) recipients.push({ userId: m.userId, locale: m.locale, href: `/producer/orders/${order.id}`, buyer: false });
  }
  if (!recipients.length) return;
  const items: NotificationInput[] = recipients.map((r) => {
    const t = translator(isLocale(r.locale) ? r.locale : "zh-CN");
    return {
      userId: r.userId,
      kind: `order_${kind}`,
      title: t(`orders.notice.${kind}.title`, { orderNo: order.orderNo }),
      body: t(`orders.notice.${kind}.${r.buyer && who.seller && BUYER_BODY.has(kind) ? "buyerBody" : "body"}`, { orderNo: order.orderNo }),
      href: r.href,
    };
  });
  outbox.push(...(await notify(tx, items, { email: true })));
}
