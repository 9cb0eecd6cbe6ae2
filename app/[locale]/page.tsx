import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/href";
import { ProductCard } from "@/components/catalog/product-card";
import { JobCard, payText } from "@/components/jobs/job-card";
import { EmptyState } from "@/components/ui/empty-state";
import { HeadlineCounters } from "@/components/impact/headline-counters";
import { cached, TAGS } from "@/lib/cache";
import { listFeaturedProducts } from "@/lib/catalog/featured";
import { Link } from "@/lib/i18n/navigation";
import { getImpactCounters } from "@/lib/impact/counters";
import { listLatestOpenJobs } from "@/lib/jobs/open-jobs";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Section } from "@/components/ui/section";

export const revalidate = 300;

export const metadata: Metadata = { alternates: localeAlternates("/") };

const featured = cached(() => listFeaturedProducts(8), "home:featured", [TAGS.products]);
const latestJobs = cached(() => listLatestOpenJobs(6), "home:jobs", [TAGS.jobs]);
const counters = cached(getImpactCounters, "home:impact", [TAGS.impact], 600);

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const [t, tc, tj, goods, jobs, impact] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getTranslations("jobs"),
    featured(),
    latestJobs(),
    counters(),
  ]);
  const badgeLabels = { certified: tc("certified"), inSeason: tc("inSeason"), presale: tc("presale") };
  const payLabels = { perMonth: (a: string) => t("perMonth", { amount: a }), perPiece: (a: string, u: string) => t("perPiece", { amount: a, unit: u }) };
  return (
    <div className="grid gap-10">
      <section className="rounded-2xl bg-brocade-700 px-gutter-wide py-6 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("lead")}</p>
        <p className="mt-3 inline-block rounded bg-white/15 px-2 py-0.5 text-sm">{tc("demoData")}</p>
      </section>

      <section aria-labelledby="impact-h">
        <h2 id="impact-h" className="mb-3 text-xl font-bold">
          {t("impact")}
        </h2>
        <HeadlineCounters counters={impact} labels={{ sales: t("salesTotal"), orders: t("ordersCount"), households: t("households"), hires: t("hires") }} locale={locale} />
        <Link href="/impact" className="mt-2 inline-flex min-h-11 items-center text-brocade-700 underline">
          {tc("viewAll")}
        </Link>
      </section>

      <Section id="goods" title={t("featuredGoods")} action={{ href: "/products", label: tc("viewAll") }}>
        {goods.length ? (
          <ul className="@container grid grid-cols-fit-2 gap-3 sm:grid-cols-fit-4">
            {goods.map((p, i) => (
              <li key={p.id}>
                <ProductCard product={p} labels={badgeLabels} locale={locale} priority={i < 2} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noGoods")} />
        )}
      </Section>

      <Section id="jobs" title={t("openJobs")} action={{ href: "/jobs", label: tc("viewAll") }}>
        {jobs.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {jobs.map((j) => (
              <li key={j.id}>
                <JobCard
                  job={j}
                  pay={payText(j, payLabels)}
                  kindLabel={tj(`kind.${j.kind}`)}
                  tags={[...j.skills.slice(0, 2), ...j.benefits.filter((b) => ["housing", "meals", "transport", "training"].includes(b)).map((b) => tj(`benefit.${b as "housing"}`))]}
                />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noJobs")} />
        )}
      </Section>
    </div>
  );
}
