import { Card } from "@/components/ui/card";
import { formatDate, formatFen } from "@/components/ui/money";
import type { OrderDetail } from "@/lib/orders/queries";

type T = (key: string, params?: Record<string, string | number>) => string;

/** While a bank-transfer order waits for payment: the producer's account and the reference to write in the memo. */
export function BankInstructions({ order, t, locale }: { order: OrderDetail; t: T; locale: string }) {
  return (
    <Card className="border-ponkan-500 bg-ponkan-100">
      <h2 className="mb-2 text-lg font-bold">{t("bankTitle")}</h2>
      <p className="mb-2">{t("bankIntro", { amount: formatFen(order.totalFen) })}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="text-stone-700">{t("bankAccountName")}</dt>
        <dd>{order.seller.bankAccountName ?? order.seller.name}</dd>
        <dt className="text-stone-700">{t("bankName")}</dt>
        <dd>{order.seller.bankName ?? "—"}</dd>
        <dt className="text-stone-700">{t("bankAccountNo")}</dt>
        <dd className="font-mono">{order.seller.bankAccountNo ?? "—"}</dd>
        <dt className="text-stone-700">{t("reference")}</dt>
        <dd className="font-mono text-lg font-bold" data-testid="bank-reference">
          {order.orderNo}
        </dd>
      </dl>
      {order.reservationExpiresAt ? <p className="mt-2 text-sm text-stone-700">{t("payBefore", { date: formatDate(order.reservationExpiresAt, locale) })}</p> : null}
    </Card>
  );
}
