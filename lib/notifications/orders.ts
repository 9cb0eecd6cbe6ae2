/**
 * Order notifications: an in-app row per recipient (inside the caller's transaction) and an e-mail copy
 * collected in an outbox that the caller sends after commit (`emailNotifications`).
 */
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, orders, users } from "@/db/schema";
import { translator } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { notify, type NotificationInput } from "./notify";

export type OrderNoticeKind = "placed" | "paid" | "shipped" | "received" | "cancelled" | "refund_requested" | "refunded";

/** Who hears about what: payment, shipment and refunds reach both sides. */
const AUDIENCE: Record<OrderNoticeKind, { buyer: boolean; seller: boolean }> = {
  placed: { buyer: false, seller: true },
  paid: { buyer: true, seller: true },
  shipped: { buyer: true, seller: false },
  received: { buyer: false, seller: true },
  cancelled: { buyer: true, seller: true },
  refund_requested: { buyer: false, seller: true },
  refunded: { buyer: true, seller: true },
};

export async function notifyOrder(tx: Tx, outbox: NotificationInput[], orderId: string, kind: OrderNoticeKind): Promise<void> {
  const [order] = await tx.select({ id: orders.id, orderNo: orders.orderNo, buyerId: orders.buyerId, sellerOrgId: orders.sellerOrgId }).from(orders).where(eq(orders.id, orderId));
  if (!order) return;
  const who = AUDIENCE[kind];
  const recipients: { userId: string; href: string }[] = [];
  if (who.buyer) recipients.push({ userId: order.buyerId, href: `/orders/${order.id}` });
  if (who.seller) {
    const members = await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.orgId, order.sellerOrgId));
    for (const m of members) if (m.userId !== order.buyerId) recipients.push({ userId: m.userId, href: `/producer/orders/${order.id}` });
  }
  if (!recipients.length) return;
  const locales = await tx.select({ id: users.id, locale: users.locale }).from(users).where(inArray(users.id, recipients.map((r) => r.userId)));
  const localeOf = new Map(locales.map((l) => [l.id, isLocale(l.locale) ? l.locale : "zh-CN"] as const));
  const items: NotificationInput[] = recipients.map((r) => {
    const t = translator(localeOf.get(r.userId) ?? "zh-CN");
    return {
      userId: r.userId,
      kind: `order_${kind}`,
      title: t(`orders.notice.${kind}.title`, { orderNo: order.orderNo }),
      body: t(`orders.notice.${kind}.body`, { orderNo: order.orderNo }),
      href: r.href,
    };
  });
  await notify(tx, items);
  outbox.push(...items);
}
