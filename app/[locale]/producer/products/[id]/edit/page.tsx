import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductEditorForm } from "@/components/producer/product-editor-form";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/guard";
import { getProductForEdit } from "@/lib/catalog/producer";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { editorProps } from "../../editor-props";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "producer" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditProductPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const user = await requireRole(["producer"], `/producer/products/${id}/edit`);
  // Another organisation's product answers exactly like a missing one.
  const product = await getProductForEdit(user.id, id);
  if (!product) notFound();
  const [t, sp] = await Promise.all([getTranslations("producer"), searchParams]);
  const props = await editorProps(locale, { initial: product.values, orgs: [{ id: product.orgId, name: product.orgName }], images: product.images });
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/producer" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("back")}
      </Link>
      <h1 className="mb-1 text-2xl font-bold">{t("editTitle")}</h1>
      <p className="mb-4 text-stone-700">
        {product.orgName} · {t(`status.${product.status}`)}
        {product.status === "on_sale" && !product.hiddenReason ? (
          <>
            {" · "}
            <Link href={`/products/${product.id}`} className="text-brocade-700 underline">
              {t("view")}
            </Link>
          </>
        ) : null}
      </p>
      <FormMessage tone="success" message={sp.saved === "1" ? t("saved") : null} />
      {product.hiddenReason ? <p className="mb-4 rounded-lg bg-brocade-50 p-3 text-brocade-800">{t("hidden")}：{product.hiddenReason}</p> : null}
      {product.orgVerification !== "verified" ? <p className="mb-4 rounded-lg bg-ponkan-100 p-3 text-ponkan-800">{t("notVerifiedBanner")}</p> : null}
      <Card>
        <ProductEditorForm {...props} />
      </Card>
    </div>
  );
}
