import { getTranslations } from "next-intl/server";
import { AdminShell } from "@/components/admin/admin-shell";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guard";
import { EXPORT_KINDS } from "@/lib/exports/sources";
import { parseRange } from "@/lib/impact/range";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function ExportsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  await pageLocale(params);
  await requireRole(["admin"], "/admin/exports");
  const range = parseRange(await searchParams);
  const t = await getTranslations("admin");
  const q = (format: string) => new URLSearchParams({ format, from: range.from, to: range.to }).toString();
  return (
    <AdminShell active="exports">
      <p className="text-base">{t("exports.lead")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        {/* 10.5rem: a date field's own width at any text size (it has none of its own: app/globals.css); shrinks to the row. */}
        <div className="basis-[10.5rem]">
          <label htmlFor="from" className="block text-base font-medium">{t("exports.from")}</label>
          <input id="from" name="from" type="date" defaultValue={range.from} className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 px-3" />
        </div>
        <div className="basis-[10.5rem]">
          <label htmlFor="to" className="block text-base font-medium">{t("exports.to")}</label>
          <input id="to" name="to" type="date" defaultValue={range.to} className="mt-1 block min-h-11 w-full rounded-lg border border-stone-400 px-3" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>{t("exports.apply")}</button>
      </form>
      <ul className="grid gap-3 sm:grid-cols-2">
        {EXPORT_KINDS.map((k) => (
          <li key={k}>
            <Card>
              <h2 className="text-lg font-bold">{t(`exports.kinds.${k}`)}</h2>
              <p className="text-sm text-stone-700">
                {range.from} – {range.to}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                {/* Plain links to route handlers: downloads, not client navigations. */}
                <a className={buttonClass("primary")} href={`/api/exports/${k}?${q("csv")}`} download>
                  {t("exports.csv")}
                </a>
                <a className={buttonClass("secondary")} href={`/api/exports/${k}?${q("xlsx")}`} download>
                  {t("exports.xlsx")}
                </a>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
