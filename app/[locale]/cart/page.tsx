import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/orders/action-form";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatFen } from "@/components/ui/money";
import { requireRole } from "@/lib/auth/guard";
import { getCart } from "@/lib/cart/cart";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { removeCartAction, updateCartAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "cart" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CartPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const user = await requireRole(["buyer"], "/cart");
  const [t, cart] = await Promise.all([getTranslations("cart"), getCart(user.id)]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      {cart.count === 0 ? (
        <EmptyState title={t("empty")}>
          <Link href="/products" className={buttonClass("secondary")}>
            {t("browse")}
          </Link>
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          <p className="text-stone-700">{t("perSellerNote")}</p>
          {cart.groups.map((g) => (
            <Card key={g.sellerOrgId}>
              <h2 className="mb-2 text-lg font-bold">{g.sellerName}</h2>
              <ul className="divide-y divide-stone-200">
                {g.lines.map((l) => (
                  <li key={l.variantId} className="grid gap-2 py-3" data-testid="cart-line">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <Link href={`/products/${l.productId}`} className="text-base font-medium underline">
                        {l.title} · {l.variantName}
                      </Link>
                      <span className="font-bold">{formatFen(l.lineTotalFen)}</span>
                    </div>
                    <p className="text-sm text-stone-700">
                      {formatFen(l.unitPriceFen)} × {l.quantity} {l.unitPriceFen < l.basePriceFen ? <Badge tone="highlight">{t("tierApplied")}</Badge> : null}
                    </p>
                    {!l.available ? <p className="text-sm text-brocade-700">{t("unavailable", { n: l.stock })}</p> : null}
                    <div className="flex flex-wrap items-end gap-2">
                      <ActionForm action={updateCartAction} className="flex flex-wrap items-end gap-2">
                        <input type="hidden" name="variantId" value={l.variantId} />
                        <label className="text-sm">
                          {t("quantity")}
                          <input name="quantity" type="number" min={1} max={9999} defaultValue={l.quantity} inputMode="numeric" className="mt-1 block min-h-11 w-24 rounded-lg border border-stone-400 px-2 text-base" />
                        </label>
                        <button className={buttonClass("secondary")}>{t("update")}</button>
                      </ActionForm>
                      <ActionForm action={removeCartAction}>
                        <input type="hidden" name="variantId" value={l.variantId} />
                        <button className={buttonClass("ghost")}>{t("remove")}</button>
                      </ActionForm>
                    </div>
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-right">
                {t("subtotal")} <strong>{formatFen(g.subtotalFen)}</strong>
              </p>
            </Card>
          ))}
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-lg">
              {t("total")} <strong className="text-brocade-700">{formatFen(cart.totalFen)}</strong>
            </p>
            {cart.ready ? (
              <Link href="/checkout" className={buttonClass("primary")}>
                {t("checkout")}
              </Link>
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}
