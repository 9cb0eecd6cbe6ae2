"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatFen, formatFenCompact } from "@/components/ui/money";
import { chartHeight } from "./height";

export interface BarDatum {
  /** The axis label: short ("6月", "Jun") for months, the name itself for categories. */
  label: string;
  /** The full label for the tooltip ("2026年6月"); the axis label when absent. */
  full?: string;
  value: number;
}

export const CHART_COLORS = { brocade: "#B3261E", tea: "#2E7D32", ponkan: "#E8890C" } as const;

/** Axis text: 14 px, never rotated — rotated 12 px CJK labels were unreadable on a 360 px phone. */
const TICK = { fontSize: 14, fill: "#44403c" };

/**
 * A recharts bar chart. Decorative for assistive technology: the data table next to it carries the figures.
 * `columns` (a time series) puts labels under the bars, level, and lets recharts leave out labels that would touch
 * (at 360 px every other month; all twelve on a wider screen). `bars` (named categories) lays bars horizontally
 * with every name on its own line, so long names ("Huayuan County") stay whole at any width.
 * `accessibilityLayer={false}`: recharts would otherwise make the drawing a focusable role="application" (tabindex 0)
 * inside this aria-hidden box, a tab stop that announces nothing (axe aria-hidden-focus); the table is the way in.
 */
export default function BarChartIsland({
  data,
  unit,
  color = "brocade",
  layout = "columns",
  locale = "zh-CN",
}: {
  data: BarDatum[];
  unit: "fen" | "count";
  color?: keyof typeof CHART_COLORS;
  layout?: "columns" | "bars";
  locale?: string;
}) {
  const fmt = (v: number) => (unit === "fen" ? formatFen(v) : v.toLocaleString(locale));
  const short = (v: number) => (unit === "fen" ? formatFenCompact(v, locale) : v.toLocaleString(locale));
  const tooltip = <Tooltip formatter={(v) => fmt(Number(v))} labelFormatter={(l, p) => (p?.[0]?.payload as BarDatum | undefined)?.full ?? String(l)} />;
  if (layout === "bars") {
    const height = chartHeight(data.length, "bars");
    return (
      <div aria-hidden="true" style={{ width: "100%", height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={short} tick={TICK} minTickGap={16} />
            <YAxis type="category" dataKey="label" tick={TICK} width={104} interval={0} />
            {tooltip}
            <Bar dataKey="value" fill={CHART_COLORS[color]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    );
  }
  return (
    <div aria-hidden="true" style={{ width: "100%", height: chartHeight(data.length, "columns") }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={TICK} interval="preserveStartEnd" minTickGap={6} height={28} />
          <YAxis tickFormatter={short} tick={TICK} width={64} />
          {tooltip}
          <Bar dataKey="value" fill={CHART_COLORS[color]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
