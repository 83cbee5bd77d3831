"use client";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatUsd } from "@/lib/i18n/format";

export interface ChartPoint {
  label: string;
  value: number;
  /** A fill per bar (statuses); else the chart's colour. */
  color?: string;
}

interface Props {
  data: ChartPoint[];
  /** Quota is shown as USD on the axis and in the tooltip. */
  unit: "quota" | "count";
  /** Bars across (days) or down (actions, statuses). */
  layout?: "columns" | "rows";
  color?: string;
  height?: number;
}

/**
 * A Recharts bar chart sized by its container. The SVG is decoration for sighted users:
 * the figure around it carries a table of the same numbers for everyone else.
 */
export function DashboardBarChart({ data, unit, layout = "columns", color = "#6366f1", height = 240 }: Props) {
  const format = (value: number) => (unit === "quota" ? formatUsd(value) : formatNumber(value));
  const rows = layout === "rows";
  return (
    <div aria-hidden className="text-neutral-500">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        layout={rows ? "vertical" : "horizontal"}
        style={{ width: "100%", height: rows ? Math.max(120, data.length * 34 + 30) : height }}
        margin={{ top: 8, right: 12, bottom: 0, left: rows ? 8 : 0 }}
      >
        <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={rows} horizontal={!rows} />
        {rows ? (
          <>
            <XAxis type="number" tickFormatter={format} stroke="currentColor" fontSize={11} />
            <YAxis type="category" dataKey="label" width={110} stroke="currentColor" fontSize={11} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" stroke="currentColor" fontSize={11} minTickGap={12} />
            <YAxis tickFormatter={format} stroke="currentColor" fontSize={11} width={56} />
          </>
        )}
        <Tooltip
          formatter={(value) => format(Number(value))}
          cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
          contentStyle={{ background: "var(--color-surface)", border: "1px solid var(--color-neutral-200)", borderRadius: 8, color: "var(--color-neutral-900)" }}
        />
        <Bar dataKey="value" fill={color} radius={rows ? [0, 4, 4, 0] : [4, 4, 0, 0]} isAnimationActive={false}>
          {data.map((point) => <Cell key={point.label} fill={point.color ?? color} />)}
        </Bar>
      </BarChart>
    </div>
  );
}
