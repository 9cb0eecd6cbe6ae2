import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate, formatFen } from "@/components/ui/money";
import type { SellerStats } from "@/lib/impact/dashboards";
import { ChartWithTable } from "./chart-with-table";

/** A producer's own figures: sales by month (chart + table), orders to ship, certificates. */
export async function SellerDashboard({ stats }: { stats: SellerStats }) {
  const [t, ti, tc, locale] = await Promise.all([getTranslations("impact.dash"), getTranslations("impact"), getTranslations("common"), getLocale()]);
  return (
    <div className="grid gap-4">
      <ChartWithTable id="seller-sales" title={t("salesByMonth")} unit="fen" headers={[ti("month"), ti("amount"), ti("orders")]} rows={stats.salesByMonth.map((m) => ({ label: m.month, value: m.fen, extra: [m.orders] }))} />
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("toShip")}</h2>
        {stats.toShip.length === 0 ? (
          <EmptyState title={t("noToShip")} />
        ) : (
          <div className="overflow-x-auto">
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
                    <td className="p-2">{o.orderNo}</td>
                    <td className="p-2">{o.paidAt}</td>
                    <td className="p-2 text-right tabular-nums">{formatFen(o.totalFen)}</td>
                    <td className="p-2">{formatDate(`${o.shipBy}T00:00:00+08:00`, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("certificates")}</h2>
        {stats.certificates.length === 0 ? (
          <EmptyState title={t("noCertificates")} />
        ) : (
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
                  <td className="p-2">{c.until ? formatDate(`${c.until}T00:00:00+08:00`, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
