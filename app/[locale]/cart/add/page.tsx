import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddToCartForm } from "@/components/cart/add-to-cart-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { getProductDetail } from "@/lib/catalog/detail";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "cart" });
  return { title: t("continueTitle"), robots: { index: false } };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * Where a visitor who chose a product before signing in lands afterwards (app/[locale]/cart/actions.ts): the same form
 * as on the product page, with their choice filled in, so that nothing they chose is lost and nothing is added
 * without their tap. Prices, stock and whether the product is still on sale come from the database, as on the product
 * page; the choice only picks defaults.
 */
export default async function ContinueAddToCartPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await pageLocale(params);
  const sp = await searchParams;
  const productId = one(sp.product) ?? "";
  const variantId = one(sp.variant) ?? "";
  const quantity = Number(one(sp.quantity));
  const here = `/cart/add?${new URLSearchParams({ product: productId, variant: variantId, quantity: String(one(sp.quantity) ?? "") })}`;
  await requireRole(["buyer"], here);
  const [t, product] = await Promise.all([getTranslations("cart"), getProductDetail(productId)]);
  if (!product) {
    return (
      <EmptyState title={t("continueGone")}>
        <Link href="/products" className={buttonClass("secondary")}>
          {t("browse")}
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-2 text-2xl font-bold">{t("continueTitle")}</h1>
      <p className="mb-4 text-stone-700">{t("continueIntro")}</p>
      <Card>
        <h2 className="mb-3 text-lg font-bold">
          <Link href={`/products/${product.id}`} className="underline">
            {product.title}
          </Link>
        </h2>
        <AddToCartForm
          productId={product.id}
          variants={product.variants.map((v) => ({ id: v.id, name: v.name, priceFen: v.priceFen, stock: v.stock }))}
          chosen={Number.isInteger(quantity) && quantity >= 1 && quantity <= 9999 ? { variantId, quantity } : undefined}
        />
      </Card>
    </div>
  );
}
