import type { Metadata } from "next";
import { HeadlineCounters } from "@/components/impact/headline-counters";
import { localeAlternates } from "@/lib/i18n/href";
import { getTranslations } from "next-intl/server";
import { ChartWithTable } from "@/components/impact/chart-with-table";
import { CountyMap } from "@/components/impact/county-map";
import { buttonClass } from "@/components/ui/button";
import { formatDay, formatFen, formatMonth } from "@/components/ui/money";
import { TableScroll } from "@/components/layout/table-scroll";
import { cached, TAGS } from "@/lib/cache";
import { getImpactCounters } from "@/lib/impact/counters";
import { parseRange } from "@/lib/impact/range";
import { getImpactReport } from "@/lib/impact/report";
import { pageLocale } from "@/lib/i18n/page-locale";
import { Section } from "@/components/ui/section";

// The locale from the route: public pages are not routed through the proxy, which sets next-intl's locale header.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "impact" });
  return { title: t("title"), alternates: localeAlternates("/impact") };
}

// Rendered per request because the period comes from GET params; the figures come from the data cache
// (keyed by period, tagged TAGS.impact), so a render costs no aggregate query until a write expires the tag.
export const dynamic = "force-dynamic";

const counters = cached(getImpactCounters, "home:impact", [TAGS.impact], 600);

export default async function ImpactPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const locale = await pageLocale(params);
  const range = parseRange(await searchParams);
  // One cache entry per range; every write that changes a figure expires TAGS.impact.
  const report = cached(() => getImpactReport(range), `impact:report:${range.from}:${range.to}`, [TAGS.impact], 600);
  const [t, tc, r, total] = await Promise.all([getTranslations("impact"), getTranslations("common"), report(), counters()]);
  const name = (b: { name: string; nameEn: string }) => (locale === "en" ? b.nameEn || b.name : b.name);
  const pct = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "—");
  const s = r.summary;
  const e = r.employment;
  return (
    <div className="grid gap-6">
      <section className="rounded-2xl bg-tea-700 px-gutter-wide py-6 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-lg">{t("lead")}</p>
        <p className="mt-3 inline-block rounded bg-white/15 px-2 py-0.5 text-sm">{tc("demoData")}</p>
      </section>

      <section aria-labelledby="since-h">
        <h2 id="since-h" className="mb-3 text-xl font-bold">
          {t("sinceStart")}
        </h2>
        <HeadlineCounters counters={total} labels={{ sales: t("salesTotal"), orders: t("ordersCount"), households: t("households"), hires: t("hires") }} locale={locale} />
      </section>

      <form method="get" className="flex flex-wrap items-end gap-2 rounded-xl bg-white px-gutter py-4 shadow-sm" aria-label={t("rangeLabel")}>
        {/* 10.5rem: a date field's own width at any text size (it has none of its own: app/globals.css); shrinks to the row. */}
        <div className="basis-[10.5rem]">
          <label htmlFor="from" className="block text-base font-medium">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={range.from} className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 px-3" />
        </div>
        <div className="basis-[10.5rem]">
          <label htmlFor="to" className="block text-base font-medium">
            {t("to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={range.to} className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 px-3" />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
      </form>

      <section aria-labelledby="period-h">
        <h2 id="period-h" className="mb-3 text-xl font-bold">
          {t("period", { from: formatDay(range.from, locale), to: formatDay(range.to, locale) })}
        </h2>
        <dl className="grid grid-cols-fit-2 gap-3 sm:grid-cols-fit-4">
          {[
            { label: t("salesTotal"), value: formatFen(s.salesFen) },
            { label: t("ordersCount"), value: s.orders.toLocaleString(locale) },
            { label: t("certifiedShare"), value: pct(s.certifiedFen, s.salesFen) },
            { label: t("hires"), value: e.hires.toLocaleString(locale) },
          ].map((h) => (
            <div key={h.label} className="rounded-xl bg-white px-gutter py-4 shadow-sm">
              <dt className="text-sm text-stone-700">{h.label}</dt>
              <dd className="mt-1 text-2xl font-bold wrap-anywhere text-brocade-700">{h.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-stone-700">{t("definition")}</p>
      </section>

      <ChartWithTable id="by-month" title={t("byMonth")} unit="fen" headers={[t("month"), t("amount"), t("orders")]} locale={locale} rows={r.byMonth.map((m) => ({ label: formatMonth(m.month, locale), tick: formatMonth(m.month, locale, true), value: m.fen, extra: [m.orders] }))} />

      <CountyMap title={t("map")} legend={t("legend")} zero={t("none")} counties={r.byCounty.map((c) => ({ key: c.key, name: name(c), fen: c.fen }))} />
      <ChartWithTable id="by-county" locale={locale} title={t("byCounty")} unit="fen" chart={false} headers={[t("county"), t("amount"), t("orders")]} rows={r.byCounty.map((c) => ({ label: name(c), value: c.fen, extra: [c.orders] }))} />

      <ChartWithTable id="by-category" locale={locale} title={t("byCategory")} unit="fen" color="tea" headers={[t("category"), t("amount")]} rows={r.byCategory.map((c) => ({ label: t(`categories.${c.key as "fruit"}`), value: c.fen }))} />
      <ChartWithTable id="by-buyer" locale={locale} title={t("byBuyerKind")} unit="fen" color="ponkan" headers={[t("buyerKind"), t("amount"), t("orders")]} rows={r.byBuyerKind.map((b) => ({ label: t(`buyerKinds.${b.key as "individual"}`), value: b.fen, extra: [b.orders] }))} />
      <ChartWithTable id="by-district" locale={locale} title={t("byDistrict")} unit="fen" headers={[t("district"), t("amount"), t("orders")]} rows={r.byDistrict.map((d) => ({ label: d.key === "other" ? t("otherDistrict") : name(d), value: d.fen, extra: [d.orders] }))} />

      <Section id="hh" title={t("households")} className="rounded-xl border border-stone-200 bg-white px-gutter py-4 shadow-sm">
        <p className="mt-1 text-3xl font-bold text-tea-700">{r.households.toLocaleString(locale)}</p>
        <p className="text-sm text-stone-700">{t("householdsNote", { sellers: r.verifiedSellers })}</p>
      </Section>

      <section aria-labelledby="emp-h" className="grid gap-4">
        <h2 id="emp-h" className="text-2xl font-bold">
          {t("employment")}
        </h2>
        <div className="min-w-0 rounded-xl border border-stone-200 bg-white px-gutter py-4 shadow-sm">
          <TableScroll label={t("employmentSummary")}>
          <table className="w-full border-collapse text-left text-base">
            <caption className="mb-2 text-left text-xl font-bold">{t("employmentSummary")}</caption>
            <tbody>
              {[
                [t("hires"), e.hires],
                [t("nearHome"), e.nearHome],
                [t("transferred"), e.transferred],
                [t("poorLabourers"), e.poorLabourers],
                [t("retained3"), `${e.retained3} / ${e.due3}`],
                [t("retained6"), `${e.retained6} / ${e.due6}`],
              ].map(([k, v]) => (
                <tr key={String(k)} className="border-b border-stone-100">
                  <th scope="row" className="p-2 font-normal">
                    {k}
                  </th>
                  <td className="p-2 text-right tabular-nums">{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
          <p className="mt-2 text-sm text-stone-700">{t("retentionNote")}</p>
        </div>
        <ChartWithTable id="hires-county" locale={locale} title={t("hiresByCounty")} unit="count" color="tea" headers={[t("county"), t("hires"), t("poorLabourers")]} rows={e.byCounty.map((c) => ({ label: name(c), value: c.count, extra: [c.poor] }))} />
      </section>
    </div>
  );
}
