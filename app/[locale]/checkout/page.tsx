import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/cart/checkout-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatFen } from "@/components/ui/money";
import { requireRole } from "@/lib/auth/guard";
import { getCart } from "@/lib/cart/cart";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { buyerOrgsForCheckout } from "@/lib/orders/queries";
import { isOnlinePaymentEnabled } from "@/lib/payments/provider";
import { checkoutAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "cart" });
  return { title: t("checkoutTitle"), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["buyer"], "/checkout");
  const [t, cart, orgs] = await Promise.all([getTranslations("cart"), getCart(user.id), buyerOrgsForCheckout(user.id)]);
  if (cart.count === 0) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-4 text-2xl font-bold">{t("checkoutTitle")}</h1>
        <EmptyState title={t("empty")}>
          <Link href="/products" className={buttonClass("secondary")}>
            {t("browse")}
          </Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="mx-auto grid max-w-3xl gap-4">
      <h1 className="text-2xl font-bold">{t("checkoutTitle")}</h1>
      <Card>
        <h2 className="mb-2 text-lg font-bold">{t("orderSummary")}</h2>
        {cart.groups.map((g) => (
          <div key={g.sellerOrgId} className="mb-2">
            <p className="font-medium">{g.sellerName}</p>
            <ul className="text-stone-700">
              {g.lines.map((l) => (
                <li key={l.variantId}>
                  {l.title} · {l.variantName} × {l.quantity} = {formatFen(l.lineTotalFen)}
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="text-lg">
          {t("total")} <strong className="text-brocade-700">{formatFen(cart.totalFen)}</strong>
        </p>
        <p className="text-sm text-stone-600">{t("perSellerNote")}</p>
      </Card>
      <CheckoutForm
        action={checkoutAction}
        orgs={orgs}
        stripeEnabled={isOnlinePaymentEnabled()}
        labels={{
          addressSection: t("addressSection"),
          recipient: t("recipient"),
          recipientPhone: t("recipientPhone"),
          province: t("province"),
          city: t("city"),
          district: t("district"),
          addressDetail: t("addressDetail"),
          orgSection: t("orgSection"),
          buyerOrg: t("buyerOrg"),
          personal: t("personal"),
          invoiceSection: t("invoiceSection"),
          invoiceTitle: t("invoiceTitle"),
          invoiceTaxId: t("invoiceTaxId"),
          invoiceAddress: t("invoiceAddress"),
          invoiceBank: t("invoiceBank"),
          shipSection: t("shipSection"),
          shipDays: { "7": t("shipDays", { days: 7 }), "15": t("shipDays", { days: 15 }), "30": t("shipDays", { days: 30 }) },
          paymentSection: t("paymentSection"),
          bankTransfer: t("bankTransfer"),
          stripe: t("stripe"),
          note: t("note"),
          placeOrder: t("placeOrder"),
        }}
      />
    </div>
  );
}
