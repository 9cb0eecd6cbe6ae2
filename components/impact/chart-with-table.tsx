import { LazyBarChart } from "@/components/charts/lazy-bar-chart";
import type { CHART_COLORS } from "@/components/charts/bar-chart";
import { formatFen } from "@/components/ui/money";

export interface Row {
  label: string;
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
}: {
  id: string;
  title: string;
  rows: Row[];
  unit: "fen" | "count";
  headers: string[];
  color?: keyof typeof CHART_COLORS;
  chart?: boolean;
}) {
  const fmt = (v: number) => (unit === "fen" ? formatFen(v) : v.toLocaleString("zh-CN"));
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      <h2 id={`${id}-h`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {chart && rows.some((r) => r.value > 0) ? <LazyBarChart data={rows.map((r) => ({ label: r.label, value: r.value }))} unit={unit} color={color} /> : null}
      <div className="overflow-x-auto">
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
                <td className="p-2 text-right tabular-nums">{fmt(r.value)}</td>
                {r.extra?.map((x, i) => (
                  <td key={i} className="p-2 text-right tabular-nums">
                    {x}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
