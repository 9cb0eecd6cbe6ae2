import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductEditorForm } from "@/components/producer/product-editor-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { producerOrgsOf } from "@/lib/catalog/editor";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { editorProps } from "../editor-props";

// Per-user page: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "producer" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewProductPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await requireRole(["producer"], "/producer/products/new");
  const [t, orgs] = await Promise.all([getTranslations("producer"), producerOrgsOf(user.id)]);
  if (!orgs.length) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="mb-4 text-2xl font-bold">{t("newTitle")}</h1>
        <EmptyState title={t("noOrg")}>
          <Link href="/producer/profile" className="inline-flex min-h-11 items-center text-brocade-700 underline">
            {t("profile")}
          </Link>
        </EmptyState>
      </div>
    );
  }
  const unverified = orgs.every((o) => o.verification !== "verified");
  const props = await editorProps(locale, { initial: { status: "draft", v0_active: "on", ...(orgs.length === 1 ? { orgId: orgs[0]!.id } : {}) }, orgs });
  return (
    <div className="mx-auto max-w-2xl">
      <Link href="/producer" className="inline-flex min-h-11 items-center text-brocade-700 underline">
        {t("back")}
      </Link>
      <h1 className="mb-4 text-2xl font-bold">{t("newTitle")}</h1>
      {unverified ? <p className="mb-4 rounded-lg bg-ponkan-100 p-3 text-ponkan-800">{t("notVerifiedBanner")}</p> : null}
      <Card>
        <ProductEditorForm {...props} />
      </Card>
    </div>
  );
}
