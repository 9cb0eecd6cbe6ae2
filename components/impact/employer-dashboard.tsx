import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/layout/table-scroll";
import { Card } from "@/components/ui/card";
import { formatMonth } from "@/components/ui/money";
import type { EmployerStats } from "@/lib/impact/dashboards";
import { ChartWithTable } from "./chart-with-table";

/** An employer's own figures: hires by month (chart + table) and retention check-ins. */
export async function EmployerDashboard({ stats }: { stats: EmployerStats }) {
  const [t, ti, locale] = await Promise.all([getTranslations("impact.dash"), getTranslations("impact"), getLocale()]);
  return (
    <div className="grid gap-4">
      <ChartWithTable id="employer-hires" title={t("hiresByMonth")} unit="count" color="tea" headers={[ti("month"), ti("hires")]} locale={locale} rows={stats.hiresByMonth.map((m) => ({ label: formatMonth(m.month, locale), tick: formatMonth(m.month, locale, true), value: m.count }))} />
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("retention")}</h2>
        <TableScroll label={t("retention")}>
        <table className="w-full border-collapse text-left text-base">
          <caption className="sr-only">{t("retention")}</caption>
          <tbody>
            {[
              [ti("hires"), stats.hires],
              [ti("retained3"), `${stats.retained3} / ${stats.due3}`],
              [ti("retained6"), `${stats.retained6} / ${stats.due6}`],
            ].map(([k, v]) => (
              <tr key={String(k)} className="border-b border-stone-100">
                <th scope="row" className="p-2 font-normal">{k}</th>
                <td className="p-2 text-right tabular-nums">{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      </Card>
    </div>
  );
}
