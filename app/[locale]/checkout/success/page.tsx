import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { confirmStripeReturn } from "@/lib/payments/online";
import { isOnlinePaymentEnabled } from "@/lib/payments/provider";

export const dynamic = "force-dynamic";

/** Stripe sends the buyer back here; this page and the webhook race, and only one of them fulfils. */
export default async function CheckoutSuccessPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ session_id?: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["buyer"], "/orders");
  const t = await getTranslations("orders");
  const sessionId = (await searchParams).session_id ?? "";
  const result = isOnlinePaymentEnabled() && sessionId ? await confirmStripeReturn(sessionId, user.id) : null;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-2xl font-bold">{t("checkoutSuccess")}</h1>
      <Card>
        <p className="mb-4 text-lg">{result?.paid ? t("paidThanks") : t("paymentPending")}</p>
        <Link href="/orders" className={buttonClass("primary")}>
          {t("title")}
        </Link>
      </Card>
    </div>
  );
}
