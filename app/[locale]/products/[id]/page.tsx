// Minimal stand-in until the catalog's product page lands (it renders the same AddToCartForm).
import { notFound } from "next/navigation";
import { AddToCartForm } from "@/components/cart/add-to-cart-form";
import { Card } from "@/components/ui/card";
import { getProductForCart } from "@/lib/cart/product";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function ProductPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await pageLocale(params);
  const { id } = await params;
  const product = await getProductForCart(id);
  if (!product) notFound();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-1 text-2xl font-bold">{product.title}</h1>
      <p className="mb-4 text-stone-700">{product.orgName}</p>
      <Card>
        <AddToCartForm productId={product.id} variants={product.variants} />
      </Card>
    </div>
  );
}
