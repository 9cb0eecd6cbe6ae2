import { Card } from "@/components/ui/card";
import { formatDate, formatFen } from "@/components/ui/money";
import type { OrderDetail } from "@/lib/orders/queries";

type T = (key: string, params?: Record<string, string | number>) => string;

/** While a bank-transfer order waits for payment: the producer's account and the reference to write in the memo. */
export function BankInstructions({ order, t, locale }: { order: OrderDetail; t: T; locale: string }) {
  return (
    <Card className="@container border-ponkan-500 bg-ponkan-100">
      <h2 className="mb-2 text-lg font-bold">{t("bankTitle")}</h2>
      <p className="mb-2">{t("bankIntro", { amount: formatFen(order.totalFen) })}</p>
      {/* Labels beside their values while the card is 17rem wide; with enlarged text on a phone each label stands over
          its value: beside 转账附言（参考号） the value column kept one character a line. The account number and the
          reference break anywhere rather than widen the card. */}
      <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-base @min-[17rem]:grid-cols-[auto_1fr]">
        <dt className="text-stone-700">{t("bankAccountName")}</dt>
        <dd>{order.seller.bankAccountName ?? order.seller.name}</dd>
        <dt className="text-stone-700">{t("bankName")}</dt>
        <dd>{order.seller.bankName ?? "—"}</dd>
        <dt className="text-stone-700">{t("bankAccountNo")}</dt>
        <dd className="font-mono wrap-anywhere">{order.seller.bankAccountNo ?? "—"}</dd>
        <dt className="text-stone-700">{t("reference")}</dt>
        <dd className="font-mono text-lg font-bold wrap-anywhere" data-testid="bank-reference">
          {order.orderNo}
        </dd>
      </dl>
      {order.reservationExpiresAt ? <p className="mt-2 text-sm text-stone-700">{t("payBefore", { date: formatDate(order.reservationExpiresAt, locale) })}</p> : null}
    </Card>
  );
}
