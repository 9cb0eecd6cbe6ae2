import { fenAsYuanString, formatFenCompact } from "@/components/ui/money";
import type { ImpactCounters } from "@/lib/impact/counters";

/**
 * The four platform-wide counters (home page and impact page). Sales are shown compact ("¥2772.8万") so the
 * figure fits a two-column card on a 360 px phone; the exact amount stays machine-readable in <data value>.
 */
export function HeadlineCounters({ counters, labels, locale }: { counters: ImpactCounters; labels: { sales: string; orders: string; households: string; hires: string }; locale: string }) {
  const items = [
    { label: labels.sales, text: formatFenCompact(counters.salesFen, locale), value: fenAsYuanString(counters.salesFen) },
    { label: labels.orders, text: counters.orders.toLocaleString(locale), value: String(counters.orders) },
    { label: labels.households, text: counters.households.toLocaleString(locale), value: String(counters.households) },
    { label: labels.hires, text: counters.hires.toLocaleString(locale), value: String(counters.hires) },
  ];
  return (
    <dl className="grid grid-cols-fit-2 gap-3 sm:grid-cols-fit-4">
      {items.map((i) => (
        <div key={i.label} className="rounded-xl bg-white px-gutter py-4 shadow-sm">
          <dt className="text-sm text-stone-700">{i.label}</dt>
          <dd className="mt-1 text-xl font-bold tabular-nums wrap-anywhere text-tea-700 sm:text-2xl">
            <data value={i.value}>{i.text}</data>
          </dd>
        </div>
      ))}
    </dl>
  );
}
