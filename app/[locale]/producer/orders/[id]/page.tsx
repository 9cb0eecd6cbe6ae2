import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/orders/action-form";
import { AddressCard, OrderHeader, OrderItems, Timeline } from "@/components/orders/order-parts";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { TextField } from "@/components/ui/field";
import { formatFen } from "@/components/ui/money";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getOrderForSeller } from "@/lib/orders/queries";
import { confirmPaymentAction, refundAction, sellerCancelAction, shipAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "orders" });
  return { title: t("detailTitle"), robots: { index: false } };
}

export default async function ProducerOrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["producer"], `/producer/orders/${id}`);
  // Another producer's order looks exactly like a missing one.
  const order = await getOrderForSeller(user.id, id);
  if (!order) notFound();
  const t = await getTranslations("orders");
  const hidden = <input type="hidden" name="orderId" value={order.id} />;
  const offline = order.paymentMethod === "bank_transfer";
  // What refundOrder pays back: the total less anything refunded before.
  const refundAmount = formatFen(order.totalFen - order.refundedFen);
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Link href="/producer/orders" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("producer.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("detailTitle")}</h1>
      <OrderHeader order={order} t={t} locale={locale} />
      {order.status === "pending_payment" && order.paymentMethod === "bank_transfer" ? (
        <Card className="grid gap-3">
          {/* Label and number side by side, as the order number is in the header: no colon to get wrong per language. */}
          <p>
            {t("reference")} <strong className="font-mono wrap-anywhere">{order.orderNo}</strong>
          </p>
          {/* Marking money received and cancelling are both one-way: each asks a second tap that says what follows. */}
          <div className="flex flex-wrap gap-3">
            <ActionForm action={confirmPaymentAction} className="w-full sm:w-auto">
              {hidden}
              <ConfirmStep
                label={t("producer.confirmPayment")}
                variant="success"
                confirmVariant="success"
                text={t("confirm.payment.text", { amount: formatFen(order.totalFen), orderNo: order.orderNo })}
                confirmLabel={t("confirm.payment.button", { amount: formatFen(order.totalFen) })}
                testId="confirm-payment"
              />
            </ActionForm>
            <ActionForm action={sellerCancelAction} className="w-full sm:w-auto">
              {hidden}
              <ConfirmStep label={t("producer.cancelUnpaid")} text={t("confirm.sellerCancel.text")} confirmLabel={t("confirm.sellerCancel.button")} testId="confirm-seller-cancel" />
            </ActionForm>
          </div>
        </Card>
      ) : null}
      {order.status === "paid" ? (
        <Card>
          <h2 className="mb-2 text-lg font-bold">{t("producer.ship")}</h2>
          <ActionForm action={shipAction}>
            {hidden}
            <TextField label={t("producer.carrierLabel")} name="carrier" required maxLength={40} />
            <TextField label={t("producer.trackingLabel")} name="trackingNo" required maxLength={40} inputMode="text" autoCapitalize="characters" />
            <Button>{t("producer.ship")}</Button>
          </ActionForm>
        </Card>
      ) : null}
      {order.status === "refund_requested" ? (
        <Card>
          <p className="mb-2">{t("labelled", { label: t("refundReason"), value: order.refundReason ?? "" })}</p>
          <ActionForm action={refundAction}>
            {hidden}
            {order.shippedAt ? (
              <label className="mb-3 flex min-h-11 items-center gap-2">
                <input type="checkbox" name="restock" className="h-5 w-5 shrink-0 accent-brocade-600" />
                {t("producer.restock")}
              </label>
            ) : null}
            {/* Money goes back (or is recorded as gone back) once: a second tap, with the amount, before it does. */}
            <ConfirmStep
              label={offline ? t("producer.refundOffline") : t("producer.refund")}
              variant="primary"
              text={t(offline ? "confirm.refundOffline.text" : "confirm.refund.text", { amount: refundAmount })}
              confirmLabel={t(offline ? "confirm.refundOffline.button" : "confirm.refund.button", { amount: refundAmount })}
              testId="confirm-refund"
            />
          </ActionForm>
        </Card>
      ) : null}
      <OrderItems order={order} t={t} linkProducts={false} />
      <h2 className="text-lg font-bold">{t("producer.buyer")}</h2>
      <AddressCard order={order} t={t} />
      <Timeline order={order} t={t} locale={locale} />
    </div>
  );
}
