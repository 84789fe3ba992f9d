"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { MetricData } from "@/lib/audit/event-types";
import { comparatorSymbols, type MetricResult } from "@/lib/checkpoints/evaluate";
import { checkpointTime, type CheckpointRow } from "@/lib/report/checkpoint-table";
import { valueText, warnCriterion } from "@/lib/report/format";
import { chartScale } from "@/lib/report/chart-scale";
import { formatTime } from "@/lib/time/zoned";
import { resultLook } from "@/components/checkpoints/look";

type Point = { label: string; value: number | null; result: MetricResult | null };

// Colours come from CSS variables the wrapper sets for light, dark and print.
const palette =
  "[--chart-line:#4f46e5] [--chart-grid:#e2e8f0] [--chart-text:#64748b] [--chart-fail:#dc2626] [--chart-warn:#d97706] [--chart-pass:#059669] dark:[--chart-line:#818cf8] dark:[--chart-grid:#1e293b] dark:[--chart-text:#94a3b8] dark:[--chart-fail:#f87171] dark:[--chart-warn:#fbbf24] dark:[--chart-pass:#34d399] print:[--chart-line:#111] print:[--chart-grid:#ddd] print:[--chart-text:#333] print:[--chart-fail:#111] print:[--chart-warn:#555] print:[--chart-pass:#111]";

/** A marker whose shape tells the result even in black and white: ● pass, ▲ warn, ✕ fail. */
function ResultDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: Point }) {
  if (cx === undefined || cy === undefined || !payload?.result) return <g />;
  if (payload.result === "fail") {
    return (
      <g stroke="var(--chart-fail)" strokeWidth={2.5} strokeLinecap="round">
        <line x1={cx - 5} y1={cy - 5} x2={cx + 5} y2={cy + 5} />
        <line x1={cx - 5} y1={cy + 5} x2={cx + 5} y2={cy - 5} />
      </g>
    );
  }
  if (payload.result === "warn")
    return <path d={`M${cx},${cy - 6} L${cx + 6},${cy + 5} L${cx - 6},${cy + 5} Z`} fill="var(--chart-warn)" />;
  return <circle cx={cx} cy={cy} r={4.5} fill="var(--chart-pass)" stroke="white" strokeWidth={1} />;
}

/** One success criterion over the checkpoints, with its threshold (dashed) and warning (dotted) lines. */
export function MetricChart({
  metric,
  rows,
  timeZone,
  height = 190,
  printWidth,
  printHeight = height,
}: {
  metric: MetricData;
  rows: CheckpointRow[];
  timeZone: string;
  height?: number;
  printWidth?: number;
  printHeight?: number;
}) {
  const data: Point[] = rows.map((row) => {
    const cell = row.cells.find((c) => c.metricId === metric.id);
    return {
      label: `#${row.number} ${formatTime(checkpointTime(row), timeZone)}`,
      value: cell?.value ?? null,
      result: cell?.result ?? null,
    };
  });
  const values = data.flatMap((point) => (point.value === null ? [] : [point.value]));
  const lines = [metric.threshold, ...(metric.warnThreshold === null ? [] : [metric.warnThreshold])];
  const symbol = comparatorSymbols[metric.comparator];
  const scale = chartScale(values.length > 0 ? values : lines, lines);
  // The upper line's label sits above it and the lower one's below, so the two never overlap.
  const targetOnTop = metric.warnThreshold === null || metric.threshold >= metric.warnThreshold;
  const latest = data.findLast((point) => point.value !== null);
  const summary = `${metric.name}: ${values.length} values, latest ${latest?.value ?? "none"}${metric.unit ? ` ${metric.unit}` : ""}; target ${symbol} ${metric.threshold}`;

  const chart = (
    size: { responsive: true; style: { width: string; height: number } } | { width: number; height: number },
  ) => (
    <LineChart {...size} data={data} margin={{ top: 12, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="label"
        tick={{ fill: "var(--chart-text)", fontSize: 11 }}
        stroke="var(--chart-grid)"
        tickLine={false}
        interval="preserveStartEnd"
      />
      <YAxis
        domain={scale.domain}
        ticks={scale.ticks}
        tick={{ fill: "var(--chart-text)", fontSize: 11 }}
        stroke="var(--chart-grid)"
        tickLine={false}
        width={44}
        allowDecimals
      />
      <ReferenceLine
        y={metric.threshold}
        stroke="var(--chart-fail)"
        strokeDasharray="7 4"
        strokeWidth={1.5}
        label={{
          value: `target ${symbol} ${metric.threshold}`,
          position: targetOnTop ? "insideBottomLeft" : "insideTopLeft",
          fill: "var(--chart-fail)",
          fontSize: 10,
        }}
      />
      {metric.warnThreshold !== null && (
        <ReferenceLine
          y={metric.warnThreshold}
          stroke="var(--chart-warn)"
          strokeDasharray="2 3"
          strokeWidth={1.5}
          label={{
            value: `warn ${warnCriterion({ ...metric, unit: "" })}`,
            position: targetOnTop ? "insideTopLeft" : "insideBottomLeft",
            fill: "var(--chart-warn)",
            fontSize: 10,
          }}
        />
      )}
      <Tooltip
        formatter={(value) => [valueText(Number(value), metric.unit), metric.name]}
        contentStyle={{ fontSize: 12, borderRadius: 8 }}
        wrapperClassName="print:hidden"
      />
      <Line
        type="linear"
        dataKey="value"
        stroke="var(--chart-line)"
        strokeWidth={2}
        isAnimationActive={false}
        connectNulls
        dot={(props) => (
          <ResultDot key={props.key as string} cx={props.cx} cy={props.cy} payload={props.payload as Point} />
        )}
        activeDot={{ r: 6 }}
      />
    </LineChart>
  );

  return (
    <figure
      data-testid="metrics-chart"
      data-metric-id={metric.id}
      className={`metric-chart min-w-0 break-inside-avoid ${palette}`}
    >
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-semibold">{metric.name}</span>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          target {symbol} {valueText(metric.threshold, metric.unit)}
          {metric.warnThreshold !== null && ` · warn ${warnCriterion(metric)}`}
          {latest?.result && (
            <span className={`ml-2 font-semibold ${resultLook[latest.result].text}`}>
              latest {valueText(latest.value ?? 0, metric.unit)} {resultLook[latest.result].mark}
            </span>
          )}
        </span>
      </figcaption>
      {values.length === 0 ? (
        <p
          className="mt-2 grid place-items-center rounded-lg border border-dashed border-slate-300 text-xs text-slate-500 dark:border-slate-700"
          style={{ height }}
        >
          No values reported yet
        </p>
      ) : (
        <div role="img" aria-label={summary} className="mt-1">
          {/* A responsive chart for the screen; paper gets one drawn at the printed size, since a
              chart measured on screen does not re-measure for the print layout. */}
          <div className={printWidth ? "print:hidden" : ""}>
            {chart({ responsive: true, style: { width: "100%", height } })}
          </div>
          {printWidth && <div className="hidden print:block">{chart({ width: printWidth, height: printHeight })}</div>}
        </div>
      )}
    </figure>
  );
}
