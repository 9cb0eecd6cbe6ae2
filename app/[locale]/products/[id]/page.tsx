import type { Metadata } from "next";
import { localeAlternates } from "@/lib/i18n/href";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCartForm } from "@/components/cart/add-to-cart-form";
import { productIllustration } from "@/lib/catalog/illustration";
import { ProductDescription } from "@/components/catalog/product-description";
import { Stars } from "@/components/catalog/stars";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatFen, formatMonthNumber } from "@/components/ui/money";
import { cached, TAGS } from "@/lib/cache";
import { descriptionSummary } from "@/lib/catalog/description";
import { getProductDetail } from "@/lib/catalog/detail";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { photoSrcSet, thumbKeyOf, uploadUrl } from "@/lib/uploads/keys";
import { Section } from "@/components/ui/section";

export const revalidate = 3600;

// No page is built ahead of time; each is rendered on its first request, then served from the cache
// until its tags are invalidated (without this, a dynamic segment would render on every request).
export function generateStaticParams() {
  return [];
}

/** Cached per product; expires when the product, any product listing or any producer changes. */
const detail = (id: string) => cached(getProductDetail, `catalog:product:${id}`, [TAGS.product(id), TAGS.products, TAGS.orgs])(id);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const p = await detail((await params).id);
  if (!p) return {};
  return { title: p.title, description: descriptionSummary(p.description), alternates: localeAlternates(`/products/${p.id}`) };
}

export default async function ProductPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const p = await detail(id);
  if (!p) notFound();
  const [t, tc] = await Promise.all([getTranslations("catalog"), getTranslations("common")]);
  const [cover, ...more] = p.images;
  const stockText = (n: number) => (n <= 0 ? t("soldOut") : n <= 10 ? t("lowStock", { count: n }) : t("inStock", { count: n }));
  const origin = locale === "en" ? p.originNameEn : p.originName;

  return (
    <article className="grid gap-6">
      <nav aria-label={t("breadcrumb")}>
        <Link href="/products" className="inline-flex min-h-11 items-center text-brocade-700 underline">
          {t("breadcrumb")}
        </Link>
      </nav>
      <div className="grid gap-6 md:grid-cols-2">
        <div>
          {cover ? (
            // Plain <img>: uploads are re-encoded at upload time to WebP in three sizes (lib/uploads/images.ts), so no
            // optimiser round-trip is needed; `sizes` is the column's width: the whole screen on a phone, half above md.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={uploadUrl(cover.key)}
              srcSet={photoSrcSet(cover.key, cover.width, cover.height)}
              sizes="(min-width: 1024px) 484px, (min-width: 768px) calc(50vw - 28px), calc(100vw - 32px)"
              alt={t("photoOf", { title: p.title, n: 1 })}
              width={cover.width}
              height={cover.height}
              fetchPriority="high"
              className="w-full rounded-xl bg-stone-100 object-cover"
            />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={productIllustration(p)} alt="" width={480} height={360} className="aspect-[4/3] w-full rounded-xl bg-stone-100 object-cover" />
          )}
          {more.length ? (
            <ul className="mt-2 grid grid-cols-5 gap-2">
              {more.map((im, i) => (
                <li key={im.key}>
                  <a href={uploadUrl(im.key)} className="block">
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={uploadUrl(thumbKeyOf(im.key))} alt={t("photoOf", { title: p.title, n: i + 2 })} width={96} height={96} loading="lazy" decoding="async" className="aspect-square w-full rounded object-cover" />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <div className="grid content-start gap-3">
          <h1 className="text-2xl font-bold">{p.title}</h1>
          <p className="flex flex-wrap gap-1">
            {p.certification ? <Badge tone="success">{tc("certified")}</Badge> : null}
            {p.inSeason ? <Badge tone="highlight">{tc("inSeason")}</Badge> : null}
            {p.presale ? <Badge tone="primary">{tc("presale")}</Badge> : null}
            <Badge>{t(`categories.${p.category as "fruit"}`)}</Badge>
          </p>
          <p className="text-2xl font-bold text-brocade-700">
            {formatFen(p.minPriceFen)} <span className="text-base font-normal text-stone-600">{t("from")}</span>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
            <dt className="text-stone-600">{t("origin")}</dt>
            <dd>{origin}</dd>
            <dt className="text-stone-600">{t("producer")}</dt>
            <dd>
              <Link href={`/producers/${p.org.id}`} className="text-brocade-700 underline">
                {p.org.name}
              </Link>{" "}
              <Badge tone="success">{tc("verified")}</Badge>
            </dd>
            <dt className="text-stone-600">{t("shipping")}</dt>
            <dd>
              {p.shipFrom && p.presale ? t("shipFrom", { date: formatDate(p.shipFrom, locale) }) : t("shipNow")}
              {p.presaleUntil && p.presale ? <span className="block">{t("presaleUntil", { date: formatDate(p.presaleUntil, locale) })}</span> : null}
            </dd>
            {p.seasonMonths.length ? (
              <>
                <dt className="text-stone-600">{t("season")}</dt>
                <dd>{p.seasonMonths.map((m) => formatMonthNumber(m, locale)).join(locale === "en" ? ", " : "、")}</dd>
              </>
            ) : null}
            {p.rating.count ? (
              <>
                <dt className="text-stone-600">{t("reviews")}</dt>
                <dd>
                  <Stars value={p.rating.average ?? 0} label={t("stars", { n: p.rating.average ?? 0 })} /> {t("rating", { avg: (p.rating.average ?? 0).toFixed(1), count: p.rating.count })}
                </dd>
              </>
            ) : null}
          </dl>
          {p.org.householdsSupported > 0 ? <p className="rounded-lg bg-tea-50 p-3 font-medium text-tea-700">{t("households", { count: p.org.householdsSupported })}</p> : null}
        </div>
      </div>

      <Section id="variants" title={t("variants")}>
        <ul className="grid gap-2 sm:grid-cols-2">
          {p.variants.map((v) => (
            <li key={v.id}>
              <Card>
                <p className="flex items-baseline justify-between gap-2">
                  <span className="font-medium">{v.name}</span>
                  <span className="text-lg font-bold text-brocade-700">{formatFen(v.priceFen)}</span>
                </p>
                <p className={v.stock > 0 ? "text-tea-700" : "text-stone-600"}>{stockText(v.stock)}</p>
                {v.tiers.length ? (
                  <div className="mt-1 text-sm text-stone-700">
                    <span className="font-medium">{t("bulkTiers")}：</span>
                    {v.tiers.map((tier) => t("tierLine", { qty: tier.minQty, price: formatFen(tier.priceFen) })).join("；")}
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
        <div className="mt-3">
          <AddToCartForm productId={p.id} variants={p.variants.map((v) => ({ id: v.id, name: v.name, priceFen: v.priceFen, stock: v.stock }))} />
        </div>
      </Section>

      {p.certification ? (
        <section aria-labelledby="cert-h">
          <Card className="border-tea-600">
            <h2 id="cert-h" className="mb-2 text-lg font-bold text-tea-700">
              {t("certTitle")}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-stone-600">{t("certNo")}</dt>
              <dd>{p.certification.no}</dd>
              <dt className="text-stone-600">{t("certCounty")}</dt>
              <dd>{locale === "en" ? p.certification.countyNameEn || p.certification.countyName : p.certification.countyName}</dd>
              {p.certification.batch ? (
                <>
                  <dt className="text-stone-600">{t("certBatch")}</dt>
                  <dd>{p.certification.batch}</dd>
                </>
              ) : null}
              <dt className="text-stone-600">{t("certUntil")}</dt>
              <dd>{formatDate(p.certification.validUntil, locale)}</dd>
            </dl>
          </Card>
        </section>
      ) : null}

      {p.description ? (
        <Section id="desc" title={t("description")}>
          <ProductDescription text={p.description} />
        </Section>
      ) : null}

      <Section id="story" title={t("story")}>
        <Card>
          <p className="font-medium">
            {p.org.name} · {locale === "en" ? p.org.regionNameEn || p.org.regionName : p.org.regionName}
          </p>
          {p.org.story ? <ProductDescription text={p.org.story} /> : null}
          <Link href={`/producers/${p.org.id}`} className="mt-2 inline-flex min-h-11 items-center text-brocade-700 underline">
            {t("viewProducer")}
          </Link>
        </Card>
      </Section>

      <section aria-labelledby="reviews-h">
        <h2 id="reviews-h" className="mb-2 text-xl font-bold">
          {t("reviews")}
          {p.rating.count ? <span className="ml-2 text-base font-normal text-stone-700">{t("rating", { avg: (p.rating.average ?? 0).toFixed(1), count: p.rating.count })}</span> : null}
        </h2>
        {p.reviews.length ? (
          <ul className="grid gap-2">
            {p.reviews.map((r) => (
              <li key={r.id}>
                <Card>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
                    <Stars value={r.rating} label={t("stars", { n: r.rating })} />
                    <span>{r.author}</span>
                    <span>{formatDate(r.createdAt, locale)}</span>
                  </p>
                  {r.body ? <p className="mt-1 break-words">{r.body}</p> : null}
                </Card>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("noReviews")}</p>
        )}
      </section>
    </article>
  );
}
