/** The height a chart takes: shared by the chart and its placeholder, so nothing jumps when the chart arrives. */
export function chartHeight(rows: number, layout: "columns" | "bars"): number {
  return layout === "bars" ? Math.max(120, rows * 36 + 40) : 240;
}
