/** The job board: one rendering for the cached first page (./browse) and for every query (./page). */
import { getLocale, getTranslations } from "next-intl/server";
import { JobList } from "@/components/jobs/job-list";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { cached, TAGS } from "@/lib/cache";
import { searchJobs, type JobFilters } from "@/lib/jobs/board";
import { BENEFITS, JOB_KINDS, JOB_SORTS, LABOUR_BRANDS, todayCst } from "@/lib/jobs/constants";
import { Link } from "@/lib/i18n/navigation";
import { listRegions } from "@/lib/orgs/regions";

const search = cached(searchJobs, "jobs:board", [TAGS.jobs], 600);
const regionsCached = cached(listRegions, "regions:all", ["regions"], 86_400);

function queryOf(f: JobFilters, page: number): string {
  const q = new URLSearchParams();
  if (f.q) q.set("q", f.q);
  if (f.region) q.set("region", f.region);
  if (f.kind) q.set("kind", f.kind);
  if (f.skill) q.set("skill", f.skill);
  if (f.payMinFen !== null) q.set("payMin", String(f.payMinFen / 100));
  for (const b of f.benefits) q.append("benefit", b);
  if (f.sort !== "newest") q.set("sort", f.sort);
  if (page > 1) q.set("page", String(page));
  return q.toString();
}

const control = "mt-1 block w-full min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base";

export async function JobBoardView({ locale, f }: { locale: string; f: JobFilters }) {
  const [t, tc, result, regions, en] = await Promise.all([getTranslations("jobs"), getTranslations("common"), search(f, todayCst()), regionsCached(), getLocale().then((l) => l === "en")]);
  const prefix = locale === "zh-CN" ? "" : `/${locale}`;
  const filtersActive = Boolean(f.region || f.kind || f.skill || f.payMinFen !== null || f.benefits.length || f.sort !== "newest");
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t("boardTitle")}</h1>
        <p className="mt-1 text-stone-700">{t("boardLead")}</p>
      </div>
      <form method="get" role="search" aria-label={t("search")} className="grid gap-3 rounded-xl border border-stone-200 bg-white px-gutter py-4 sm:grid-cols-2">
        <label className="block sm:col-span-2">
          <span className="font-medium">{t("search")}</span>
          <input type="search" name="q" defaultValue={f.q} placeholder={t("searchPlaceholder")} className={control} />
        </label>
        <details open={filtersActive} className="sm:col-span-2">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brocade-700">{t("filters")}</summary>
          <div className="grid gap-3 sm:grid-cols-2">
        <FilterSelect name="region" label={<span className="font-medium">{t("region")}</span>} defaultValue={f.region} allLabel={t("anyRegion")} options={regions.map((r) => ({ value: r.code, label: `${r.kind === "xiangxi_county" ? t("xiangxi") : t("jinan")} · ${en ? r.nameEn : r.name}` }))} className={control} />
        <FilterSelect name="kind" label={<span className="font-medium">{t("kindLabel")}</span>} defaultValue={f.kind} allLabel={t("anyKind")} options={JOB_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} className={control} />
        <FilterSelect name="skill" label={<span className="font-medium">{t("skill")}</span>} defaultValue={f.skill} allLabel={t("anySkill")} options={LABOUR_BRANDS.map((b) => ({ value: b, label: b }))} className={control} />
        <label className="block">
          <span className="font-medium">{t("payMin")}</span>
          <input name="payMin" inputMode="decimal" defaultValue={f.payMinFen !== null ? String(f.payMinFen / 100) : ""} className={control} />
        </label>
        <fieldset className="sm:col-span-2">
          <legend className="font-medium">{t("benefits")}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {BENEFITS.map((b) => (
              <label key={b} className="flex min-h-11 items-center gap-2 rounded-lg border border-stone-300 px-3">
                <input type="checkbox" name="benefit" value={b} defaultChecked={f.benefits.includes(b)} className="h-5 w-5 shrink-0" />
                {t(`benefit.${b}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <FilterSelect name="sort" label={<span className="font-medium">{t("sortLabel")}</span>} defaultValue={f.sort} options={JOB_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))} className={control} />
          </div>
        </details>
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          <Link href="/jobs" className={buttonClass("ghost")}>
            {t("reset")}
          </Link>
        </div>
      </form>
      {/* The results' heading keeps the outline h1 → h2 → h3 (cards) in order. */}
      <h2 aria-live="polite" className="text-base font-normal">
        {t("resultCount", { count: result.total })}
      </h2>
      {result.items.length ? <JobList jobs={result.items} /> : <EmptyState title={t("noResults")} />}
      <Pagination
        page={result.page}
        pages={result.pages}
        hrefFor={(p) => `${prefix}/jobs?${queryOf(f, p)}`}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: result.page, pages: result.pages }) }}
      />
    </div>
  );
}
