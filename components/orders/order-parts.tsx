import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateMinute, formatFen } from "@/components/ui/money";
import { Link } from "@/lib/i18n/navigation";
import type { OrderDetail, OrderSummary } from "@/lib/orders/queries";

// "Label：value" comes from the catalog ("labelled"): a full-width colon in Chinese, ": " in English.
type T = (key: string, params?: Record<string, string | number>) => string;

const TONE: Record<string, "neutral" | "success" | "highlight" | "primary"> = {
  pending_payment: "highlight",
  paid: "primary",
  shipped: "primary",
  received: "success",
  completed: "success",
  cancelled: "neutral",
  refund_requested: "highlight",
  refunded: "neutral",
};

/** Machine notes written by the domain (lib/orders), shown in the reader's language; anything else is free text. */
const EVENT_NOTES = new Set(["placed", "bank_transfer_confirmed", "stripe", "expired", "payment_failed", "payment_start_failed", "buyer", "seller", "reviewed", "offline"]);

export function StatusBadge({ status, t }: { status: string; t: T }) {
  return <Badge tone={TONE[status] ?? "neutral"}>{t(`status.${status}`)}</Badge>;
}

export function OrderList({ orders, hrefBase, t, locale }: { orders: OrderSummary[]; hrefBase: "/orders" | "/producer/orders"; t: T; locale: string }) {
  // "共 N 种商品" is an ICU plural, formatted once per distinct count rather than once per row.
  const itemsLabels = new Map<number, string>();
  const itemsLabel = (count: number) => {
    let label = itemsLabels.get(count);
    if (label === undefined) itemsLabels.set(count, (label = t("items", { count })));
    return label;
  };
  return (
    <ul className="grid gap-3">
      {orders.map((o) => (
        <li key={o.id}>
          <Link href={`${hrefBase}/${o.id}`} className="card-link order-card" data-testid="order-card">
            <div>
              <span>{`${t("orderNo")} ${o.orderNo}`}</span>
              <StatusBadge status={o.status} t={t} />
            </div>
            <p>{o.sellerName}</p>
            <p>{`${o.firstTitle} · ${itemsLabel(o.itemCount)}`}</p>
            <p>
              <span>{`${formatDate(o.createdAt, locale)} · ${t(`method.${o.paymentMethod}`)}${o.buyerOrgName ? ` · ${o.buyerOrgName}` : ""}`}</span>
              <strong>{formatFen(o.totalFen)}</strong>
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function OrderHeader({ order, t, locale }: { order: OrderDetail; t: T; locale: string }) {
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-mono text-lg wrap-anywhere" data-testid="order-no">
          {t("orderNo")} {order.orderNo}
        </p>
        <StatusBadge status={order.status} t={t} />
      </div>
      <p className="mt-1 text-stone-700">
        {order.seller.name} · {formatDate(order.createdAt, locale)} · {t(`method.${order.paymentMethod}`)}
      </p>
      {order.buyerOrgName ? (
        <p className="text-stone-700">
          {t("labelled", { label: t("buyerOrg"), value: order.buyerOrgName })}
        </p>
      ) : null}
      <p className="text-stone-700">{t("latestShip", { days: order.latestShipDays })}</p>
    </Card>
  );
}

export function OrderItems({ order, t, linkProducts }: { order: OrderDetail; t: T; linkProducts: boolean }) {
  return (
    <Card>
      <ul className="divide-y divide-stone-200">
        {order.items.map((i) => (
          <li key={i.variantId} className="py-2">
            <div className="flex flex-wrap justify-between gap-2">
              {linkProducts ? (
                <Link href={`/products/${i.productId}`} className="font-medium underline">
                  {i.title} · {i.variantName}
                </Link>
              ) : (
                <span className="font-medium">
                  {i.title} · {i.variantName}
                </span>
              )}
              <span>{formatFen(i.lineTotalFen)}</span>
            </div>
            <p className="text-sm text-stone-700">
              {t("unitPrice")} {formatFen(i.unitPriceFen)} × {i.quantity} {i.certified ? <Badge tone="success">{t("certified")}</Badge> : null}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-right text-lg">
        {t("total")} <strong className="text-brocade-700">{formatFen(order.totalFen)}</strong>
      </p>
      {order.refundedFen > 0 ? <p className="text-right text-stone-700">{t("refunded", { amount: formatFen(order.refundedFen) })}</p> : null}
    </Card>
  );
}

export function Timeline({ order, t, locale }: { order: OrderDetail; t: T; locale: string }) {
  const fmt = (d: Date) => formatDateMinute(d, locale);
  const noteText = (note: string | null) => {
    if (!note) return null;
    return EVENT_NOTES.has(note) ? t(`event.${note}`) : note;
  };
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("timeline")}</h2>
      <ol className="relative ml-2 border-l-2 border-stone-200">
        {order.events.map((e, idx) => (
          <li key={idx} className="mb-3 ml-4">
            <span aria-hidden="true" className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-brocade-600" />
            <p className="font-medium">{t(`status.${e.toStatus}`)}</p>
            <p className="text-sm text-stone-700">
              <time dateTime={e.createdAt.toISOString()}>{fmt(e.createdAt)}</time>
              {noteText(e.note) ? ` · ${noteText(e.note)}` : ""}
            </p>
          </li>
        ))}
      </ol>
    </Card>
  );
}

export function AddressCard({ order, t }: { order: OrderDetail; t: T }) {
  const a = order.address;
  return (
    <Card>
      <h2 className="mb-1 text-lg font-bold">{t("address")}</h2>
      <p>
        {a.recipient} {a.phone}
      </p>
      <p className="text-stone-700">
        {a.province} {a.city} {a.district} {a.detail}
      </p>
      {order.invoice ? (
        <>
          <h2 className="mb-1 mt-3 text-lg font-bold">{t("invoice")}</h2>
          <p>{t("labelled", { label: t("invoiceTitle"), value: order.invoice.title })}</p>
          <p>{t("labelled", { label: t("invoiceTaxId"), value: order.invoice.taxId })}</p>
          {order.invoice.address ? <p>{order.invoice.address}</p> : null}
          {order.invoice.bank ? <p>{order.invoice.bank}</p> : null}
        </>
      ) : null}
      {order.shipment ? (
        <>
          <h2 className="mb-1 mt-3 text-lg font-bold">{t("shipment")}</h2>
          <p data-testid="shipment">
            {t("labelled", { label: t("carrier"), value: order.shipment.carrier })} · {t("labelled", { label: t("trackingNo"), value: order.shipment.trackingNo })}
          </p>
        </>
      ) : null}
      {order.refundReason ? (
        <p className="mt-3">
          {t("labelled", { label: t("refundReason"), value: order.refundReason })}
        </p>
      ) : null}
    </Card>
  );
}
