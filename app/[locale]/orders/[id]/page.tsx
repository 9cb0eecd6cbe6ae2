import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/orders/action-form";
import { BankInstructions } from "@/components/orders/bank-instructions";
import { AddressCard, OrderHeader, OrderItems, Timeline } from "@/components/orders/order-parts";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getOrderForBuyer } from "@/lib/orders/queries";
import { cancelOrderAction, confirmReceiptAction, requestRefundAction, reviewAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "orders" });
  return { title: t("detailTitle"), robots: { index: false } };
}

export default async function OrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["buyer"], `/orders/${id}`);
  // Another buyer's order looks exactly like a missing one.
  const order = await getOrderForBuyer(user.id, id);
  if (!order) notFound();
  const t = await getTranslations("orders");
  const reviewed = new Map(order.reviews.map((r) => [r.productId, r]));
  const products = [...new Map(order.items.map((i) => [i.productId, i.title])).entries()];
  const canReview = order.status === "received" || order.status === "completed";
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <Link href="/orders" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("detailTitle")}</h1>
      <OrderHeader order={order} t={t} locale={locale} />
      {order.status === "pending_payment" && order.paymentMethod === "bank_transfer" ? <BankInstructions order={order} t={t} locale={locale} /> : null}
      <OrderItems order={order} t={t} linkProducts />
      {/* Both moves are one-way (a cancelled order is not restored, a received one is not un-received): each asks a second tap. */}
      <div className="flex flex-wrap gap-3">
        {order.status === "pending_payment" && order.paymentMethod === "bank_transfer" ? (
          <ActionForm action={cancelOrderAction} className="w-full sm:w-auto">
            <input type="hidden" name="orderId" value={order.id} />
            <ConfirmStep label={t("cancel")} text={t("confirm.cancel.text")} confirmLabel={t("confirm.cancel.button")} testId="confirm-cancel" />
          </ActionForm>
        ) : null}
        {order.status === "shipped" ? (
          <ActionForm action={confirmReceiptAction} className="w-full sm:w-auto">
            <input type="hidden" name="orderId" value={order.id} />
            <ConfirmStep label={t("confirmReceipt")} variant="success" confirmVariant="success" text={t("confirm.receipt.text")} confirmLabel={t("confirm.receipt.button")} testId="confirm-receipt" />
          </ActionForm>
        ) : null}
      </div>
      {canReview
        ? products.map(([productId, title]) =>
            reviewed.has(productId) ? (
              <Card key={productId}>
                <p>
                  {title} · {t("yourReview", { n: reviewed.get(productId)!.rating })}
                </p>
                {reviewed.get(productId)!.body ? <p className="text-stone-700">{reviewed.get(productId)!.body}</p> : null}
              </Card>
            ) : (
              <Card key={productId}>
                <h2 className="mb-2 text-lg font-bold">{t("reviewFor", { title })}</h2>
                <ActionForm action={reviewAction}>
                  <input type="hidden" name="orderId" value={order.id} />
                  <input type="hidden" name="productId" value={productId} />
                  <SelectField label={t("rating")} name="rating" defaultValue="5">
                    {[5, 4, 3, 2, 1].map((n) => (
                      <option key={n} value={n}>
                        {t("stars", { n })}
                      </option>
                    ))}
                  </SelectField>
                  <TextAreaField label={t("reviewBody")} name="body" maxLength={1000} />
                  <Button>{t("submitReview")}</Button>
                </ActionForm>
              </Card>
            ),
          )
        : null}
      {["paid", "shipped", "received", "completed"].includes(order.status) ? (
        <Card>
          <details>
            <summary className="flex min-h-11 cursor-pointer items-center text-base font-medium">{t("requestRefund")}</summary>
            <ActionForm action={requestRefundAction} className="mt-2">
              <input type="hidden" name="orderId" value={order.id} />
              <TextField label={t("refundReasonLabel")} name="reason" required minLength={2} maxLength={200} />
              <Button variant="secondary">{t("requestRefund")}</Button>
            </ActionForm>
          </details>
        </Card>
      ) : null}
      <Timeline order={order} t={t} locale={locale} />
      <AddressCard order={order} t={t} />
    </div>
  );
}
