import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TableScroll } from "@/components/layout/table-scroll";
import { formatDate, formatDay, formatFen, formatMonth, formatTime } from "@/components/ui/money";
import type { SellerStats } from "@/lib/impact/dashboards";
import { ChartWithTable } from "./chart-with-table";

/** A producer's own figures: sales by month (chart + table), orders to ship, certificates. */
export async function SellerDashboard({ stats }: { stats: SellerStats }) {
  const [t, ti, tc, locale] = await Promise.all([getTranslations("impact.dash"), getTranslations("impact"), getTranslations("common"), getLocale()]);
  return (
    <div className="grid gap-4">
      <ChartWithTable id="seller-sales" title={t("salesByMonth")} unit="fen" headers={[ti("month"), ti("amount"), ti("orders")]} locale={locale} rows={stats.salesByMonth.map((m) => ({ label: formatMonth(m.month, locale), tick: formatMonth(m.month, locale, true), value: m.fen, extra: [m.orders] }))} />
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("toShip")}</h2>
        {stats.toShip.length === 0 ? (
          <EmptyState title={t("noToShip")} />
        ) : (
          <TableScroll label={t("toShip")}>
            <table className="w-full border-collapse text-left text-base">
              <caption className="sr-only">{t("toShip")}</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="p-2">{t("orderNo")}</th>
                  <th scope="col" className="p-2">{t("paidAt")}</th>
                  <th scope="col" className="p-2 text-right">{t("total")}</th>
                  <th scope="col" className="p-2">{t("shipBy")}</th>
                </tr>
              </thead>
              <tbody>
                {stats.toShip.map((o) => (
                  <tr key={o.orderNo} className="border-b border-stone-100">
                    {/* Order numbers are 18 characters with no break opportunity: allowed to break anywhere rather than widen the table. */}
                    <td className="p-2 break-all">{o.orderNo}</td>
                    {/* A date is one word (never 2026 / 年12 / 月15 / 日); the time may go to the next line. */}
                    <td className="p-2">
                      <span className="whitespace-nowrap">{formatDate(o.paidAt, locale)}</span> <span className="whitespace-nowrap">{formatTime(o.paidAt, locale)}</span>
                    </td>
                    <td className="p-2 text-right whitespace-nowrap tabular-nums">{formatFen(o.totalFen)}</td>
                    <td className="p-2 whitespace-nowrap">{formatDay(o.shipBy, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("certificates")}</h2>
        {stats.certificates.length === 0 ? (
          <EmptyState title={t("noCertificates")} />
        ) : (
          <TableScroll label={t("certificates")}>
          <table className="w-full border-collapse text-left text-base">
            <caption className="sr-only">{t("certificates")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("product")}</th>
                <th scope="col" className="p-2">{t("certNo")}</th>
                <th scope="col" className="p-2">{t("validUntil")}</th>
              </tr>
            </thead>
            <tbody>
              {stats.certificates.map((c) => (
                <tr key={`${c.title}-${c.no}`} className="border-b border-stone-100">
                  <td className="p-2">
                    {c.title} <Badge tone="success">{tc("certified")}</Badge>
                  </td>
                  <td className="p-2">{c.no}</td>
                  <td className="p-2 whitespace-nowrap">{c.until ? formatDay(c.until, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
