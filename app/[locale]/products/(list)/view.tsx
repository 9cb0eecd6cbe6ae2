/** The catalog list: one rendering for the cached first page (./browse) and for every query (./page). */
import { getTranslations } from "next-intl/server";
import { ProductCard } from "@/components/catalog/product-card";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { cached, TAGS } from "@/lib/cache";
import { catalogQueryParams, listXiangxiCounties, searchProducts, SORTS, type CatalogQuery } from "@/lib/catalog/search";
import { PRODUCT_CATEGORIES } from "@/lib/catalog/editor";
import { getPathname } from "@/lib/i18n/navigation";

// Results are cached per query (and expire when goods or producers change); the page itself reads the URL.
const search = cached((q: CatalogQuery) => searchProducts(q), "catalog:search", [TAGS.products, TAGS.orgs], 600);
const counties = cached(listXiangxiCounties, "catalog:counties", [TAGS.orgs], 86400);

const control = "mt-1 block w-full min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base";

export async function ProductListView({ locale, query }: { locale: string; query: CatalogQuery }) {
  const [t, tc, result, countyList] = await Promise.all([getTranslations("catalog"), getTranslations("common"), search(query), counties()]);
  const base = getPathname({ href: "/products", locale });
  const hrefFor = (page: number) => {
    const qs = new URLSearchParams(catalogQueryParams(query, { page })).toString();
    return qs ? `${base}?${qs}` : base;
  };
  const badgeLabels = { certified: tc("certified"), inSeason: tc("inSeason"), presale: tc("presale") };
  const checks = [
    ["certified", t("certifiedOnly"), query.certified],
    ["inStock", t("inStockOnly"), query.inStock],
    ["inSeason", t("inSeasonOnly"), query.inSeason],
    ["presale", t("presaleOnly"), query.presale],
  ] as const;

  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-stone-700">{t("lead")}</p>
      </div>

      {/* A plain GET form: search, filters and sort work without JavaScript and every result has a URL. */}
      <form action={base} method="get" role="search" className="grid gap-3 rounded-xl border border-stone-200 bg-white p-3">
        <div>
          <label htmlFor="q" className="block font-medium">
            {t("searchLabel")}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input id="q" name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} maxLength={40} className="block min-h-11 w-full min-w-0 flex-[1_1_10rem] rounded-lg border border-stone-400 px-3 py-2 text-base" />
            {/* The field gives way, never the button: at 360 px 搜索 wrapped to 搜/索. Once the field would be under 10rem
                (text at 150% or 200%), the button goes under it instead, and the field keeps the row to itself. */}
            <button type="submit" className={buttonClass("primary", "shrink-0 whitespace-nowrap")}>
              {t("searchButton")}
            </button>
          </div>
        </div>
        <details open={Boolean(query.county || query.category || query.certified || query.inStock || query.inSeason || query.presale || query.sort !== "recommended")}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-brocade-700">{t("filters")}</summary>
          <div className="grid gap-3 sm:grid-cols-3">
            <FilterSelect id="county" name="county" label={t("county")} defaultValue={query.county ?? ""} allLabel={t("allCounties")} options={countyList.map((c) => ({ value: c.code, label: locale === "en" ? c.nameEn : c.name }))} className={control} />
            <FilterSelect id="category" name="category" label={t("category")} defaultValue={query.category ?? ""} allLabel={t("allCategories")} options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} className={control} />
            <FilterSelect id="sort" name="sort" label={t("sort")} defaultValue={query.sort} options={SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))} className={control} />
          </div>
          <fieldset className="mt-2 flex flex-wrap gap-x-5">
            <legend className="sr-only">{t("filters")}</legend>
            {checks.map(([name, label, on]) => (
              <label key={name} className="inline-flex min-h-11 items-center gap-2">
                <input type="checkbox" name={name} value="1" defaultChecked={on} className="size-5 shrink-0" />
                {label}
              </label>
            ))}
          </fieldset>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" className={buttonClass("secondary")}>
              {t("apply")}
            </button>
            <a href={base} className={buttonClass("ghost")}>
              {t("reset")}
            </a>
          </div>
        </details>
      </form>

      {/* The results' heading keeps the outline h1 → h2 → h3 (cards) in order. */}
      <h2 aria-live="polite" className="text-base font-normal text-stone-700">
        {t("resultCount", { count: result.total })}
      </h2>
      {result.items.length ? (
        <ul className="@container grid grid-cols-fit-2 gap-3 sm:grid-cols-fit-3 lg:grid-cols-fit-4">
          {/* Keyed by position: the list is only ever replaced as a whole (another page, another query), and a key of
              36 random characters per card cost 0.12 KB of every catalog page's gzip (the key goes into the RSC payload). */}
          {result.items.map((p, i) => (
            <li key={i}>
              <ProductCard product={p} labels={badgeLabels} locale={locale} priority={i < 2} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("noResults")}>{t("noResultsHint")}</EmptyState>
      )}
      <Pagination page={result.page} pages={result.pages} hrefFor={hrefFor} labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: result.page, pages: result.pages }) }} />
    </div>
  );
}
