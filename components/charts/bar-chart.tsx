"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatFen } from "@/components/ui/money";

export interface BarDatum {
  label: string;
  value: number;
}

export const CHART_COLORS = { brocade: "#B3261E", tea: "#2E7D32", ponkan: "#E8890C" } as const;

/** A recharts bar chart. Decorative for assistive technology: the data table next to it carries the figures. */
export default function BarChartIsland({ data, unit, color = "brocade", height = 240 }: { data: BarDatum[]; unit: "fen" | "count"; color?: keyof typeof CHART_COLORS; height?: number }) {
  const fmt = (v: number) => (unit === "fen" ? formatFen(v) : v.toLocaleString());
  const short = (v: number) => (unit === "fen" ? `¥${Math.round(v / 100).toLocaleString()}` : v.toLocaleString());
  return (
    <div aria-hidden="true" style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} angle={data.length > 6 ? -30 : 0} textAnchor={data.length > 6 ? "end" : "middle"} height={data.length > 6 ? 50 : 30} />
          <YAxis tickFormatter={short} tick={{ fontSize: 12 }} width={70} />
          <Tooltip formatter={(v) => fmt(Number(v))} />
          <Bar dataKey="value" fill={CHART_COLORS[color]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
