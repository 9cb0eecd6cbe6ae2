import { LazyBarChart } from "@/components/charts/lazy-bar-chart";
import type { CHART_COLORS } from "@/components/charts/bar-chart";
import { TableScroll } from "@/components/layout/table-scroll";
import { formatFen } from "@/components/ui/money";

export interface Row {
  /** The row's name in the table and the tooltip ("2026年6月", "花垣县"). */
  label: string;
  /** A shorter axis label ("6月"): given for months, which then draw as a time series of columns. */
  tick?: string;
  value: number;
  extra?: (string | number)[];
}

/** A chart and, behind it, the same figures as an accessible table (caption, header cells). */
export function ChartWithTable({
  id,
  title,
  rows,
  unit,
  headers,
  color,
  chart = true,
  locale = "zh-CN",
}: {
  id: string;
  title: string;
  rows: Row[];
  unit: "fen" | "count";
  headers: string[];
  color?: keyof typeof CHART_COLORS;
  chart?: boolean;
  locale?: string;
}) {
  const fmt = (v: number) => (unit === "fen" ? formatFen(v) : v.toLocaleString(locale));
  // Rows with axis ticks are a time series (columns); named categories are drawn as horizontal bars, names whole.
  const layout = rows.some((r) => r.tick) ? "columns" : "bars";
  return (
    <section aria-labelledby={`${id}-h`} className="min-w-0 rounded-xl border border-stone-200 bg-white px-gutter py-4 shadow-sm">
      <h2 id={`${id}-h`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {chart && rows.some((r) => r.value > 0) ? (
        <LazyBarChart data={rows.map((r) => ({ label: r.tick ?? r.label, full: r.label, value: r.value }))} unit={unit} color={color} layout={layout} locale={locale} />
      ) : null}
      <TableScroll label={title}>
        <table className="mt-2 w-full border-collapse text-left text-base" id={`${id}-table`}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              {headers.map((h, i) => (
                <th key={h} scope="col" className={i === 0 ? "p-2" : "p-2 text-right"}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="border-b border-stone-100">
                <th scope="row" className="p-2 font-normal">
                  {r.label}
                </th>
                <td className="p-2 text-right whitespace-nowrap tabular-nums">{fmt(r.value)}</td>
                {r.extra?.map((x, i) => (
                  <td key={i} className="p-2 text-right whitespace-nowrap tabular-nums">
                    {x}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
