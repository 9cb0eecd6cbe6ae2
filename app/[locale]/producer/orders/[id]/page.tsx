import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/orders/action-form";
import { AddressCard, OrderHeader, OrderItems, Timeline } from "@/components/orders/order-parts";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
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
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Link href="/producer/orders" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("producer.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("detailTitle")}</h1>
      <OrderHeader order={order} t={t} locale={locale} />
      {order.status === "pending_payment" && order.paymentMethod === "bank_transfer" ? (
        <Card className="grid gap-3">
          <p>
            {t("reference")}：<strong className="font-mono">{order.orderNo}</strong>
          </p>
          <div className="flex flex-wrap gap-3">
            <ActionForm action={confirmPaymentAction}>
              {hidden}
              <Button variant="success">{t("producer.confirmPayment")}</Button>
            </ActionForm>
            <ActionForm action={sellerCancelAction}>
              {hidden}
              <Button variant="secondary">{t("producer.cancelUnpaid")}</Button>
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
          <p className="mb-2">
            {t("refundReason")}：{order.refundReason}
          </p>
          <ActionForm action={refundAction}>
            {hidden}
            {order.shippedAt ? (
              <label className="mb-3 flex min-h-11 items-center gap-2">
                <input type="checkbox" name="restock" className="h-5 w-5 accent-brocade-600" />
                {t("producer.restock")}
              </label>
            ) : null}
            <Button>{order.paymentMethod === "bank_transfer" ? t("producer.refundOffline") : t("producer.refund")}</Button>
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
