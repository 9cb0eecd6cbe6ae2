"use client";

import dynamic from "next/dynamic";
import type { BarDatum, CHART_COLORS } from "./bar-chart";
import { chartHeight } from "./height";

/**
 * Charts load after the page: the figures are already on the page as server-rendered tables, so an old phone on a
 * weak signal reads them at once, and the chart library arrives as a separate chunk only where JavaScript runs.
 */
const Chart = dynamic(() => import("./bar-chart"), {
  ssr: false,
  loading: () => null,
});

export function LazyBarChart(props: { data: BarDatum[]; unit: "fen" | "count"; color?: keyof typeof CHART_COLORS; layout?: "columns" | "bars"; locale?: string }) {
  const layout = props.layout ?? "columns";
  return (
    <div style={{ minHeight: chartHeight(props.data.length, layout) }} className="rounded-lg bg-stone-50">
      <Chart {...props} />
    </div>
  );
}
