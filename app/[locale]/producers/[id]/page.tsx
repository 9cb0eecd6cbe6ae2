import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/catalog/product-card";
import { ProductDescription } from "@/components/catalog/product-description";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/money";
import { cached, TAGS } from "@/lib/cache";
import { descriptionSummary } from "@/lib/catalog/description";
import { getProducerPublic } from "@/lib/catalog/detail";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Section } from "@/components/ui/section";

export const revalidate = 3600;

const producer = (id: string) => cached(getProducerPublic, `catalog:producer:${id}`, [TAGS.org(id), TAGS.orgs, TAGS.products])(id);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const org = await producer((await params).id);
  if (!org) return {};
  return { title: org.name, description: descriptionSummary(org.story), alternates: localeAlternates(`/producers/${org.id}`) };
}

export default async function ProducerPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const org = await producer(id);
  if (!org) notFound();
  const [t, tc] = await Promise.all([getTranslations("catalog"), getTranslations("common")]);
  const badgeLabels = { certified: tc("certified"), inSeason: tc("inSeason"), presale: tc("presale") };
  return (
    <div className="grid gap-6">
      <Card>
        <h1 className="text-2xl font-bold">{org.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
          <Badge tone="success">{tc("verified")}</Badge>
          <span>{t(`kinds.${org.kind as "cooperative"}`)}</span>
          <span>
            {locale === "en" ? org.regionNameEn || org.regionName : org.regionName}
            {org.township ? ` ${org.township}` : ""}
          </span>
          {org.verifiedAt ? <span>{t("verifiedSince", { date: formatDate(org.verifiedAt, locale) })}</span> : null}
        </p>
        {org.householdsSupported > 0 ? <p className="mt-3 rounded-lg bg-tea-50 p-3 font-medium text-tea-700">{t("households", { count: org.householdsSupported })}</p> : null}
      </Card>
      {org.story ? (
        <Section id="story" title={t("story")}>
          <ProductDescription text={org.story} />
        </Section>
      ) : null}
      <Section id="goods" title={t("producerGoods")}>
        {org.products.length ? (
          <ul className="@container grid grid-cols-fit-2 gap-3 sm:grid-cols-fit-3 lg:grid-cols-fit-4">
            {org.products.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} labels={badgeLabels} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("producerNoGoods")} />
        )}
      </Section>
    </div>
  );
}
