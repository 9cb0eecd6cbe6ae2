"use client";

import dynamic from "next/dynamic";
import type { BarDatum, CHART_COLORS } from "./bar-chart";

/**
 * Charts load after the page: the figures are already on the page as server-rendered tables, so an old phone on a
 * weak signal reads them at once, and the chart library arrives as a separate chunk only where JavaScript runs.
 */
const Chart = dynamic(() => import("./bar-chart"), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="animate-pulse rounded-lg bg-stone-100" style={{ height: 240 }} />,
});

export function LazyBarChart(props: { data: BarDatum[]; unit: "fen" | "count"; color?: keyof typeof CHART_COLORS; height?: number }) {
  return <Chart {...props} />;
}
