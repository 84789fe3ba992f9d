"use client";

import { useId, useMemo } from "react";
import { scaleUtc } from "d3-scale";
import type { GanttRow, Span } from "@/lib/timeline/gantt-layout";
import { zonedTicks } from "@/lib/timeline/zoned-ticks";
import { formatTime } from "@/lib/time/zoned";
import { useElementSize } from "@/components/dashboard/use-element-size";
import { pageTheme, wallTheme } from "@/components/dashboard/gantt-theme";
import { StepKindIcon } from "@/components/timeline/step-kind-icon";

type Props = {
  rows: GanttRow[];
  domain: Span;
  now: number;
  timeZone: string;
  goLive: { planned: string | null; forecast: string | null };
  window: { start: string | null; end: string | null };
  variant?: "page" | "wall";
  /** Fit the rows into the height the parent gives (a wall screen), instead of growing with them. */
  fit?: boolean;
};

const AXIS = 26;

/**
 * The plan as bars on the launch's clock: the planned baseline under each step, what actually ran
 * (solid), what is still expected (dashed), the part past the plan hatched red, the critical path
 * outlined, milestones as diamonds, and a line for now. React SVG; d3 only computes the scale and ticks.
 */
export function GanttChart({
  rows,
  domain,
  now,
  timeZone,
  goLive,
  window: changeWindow,
  variant = "page",
  fit = false,
}: Props) {
  const { ref, width, height: room } = useElementSize<HTMLDivElement>(960);
  const theme = variant === "wall" ? wallTheme : pageTheme;
  const patternId = `overrun-${useId().replace(/:/g, "")}`;
  const narrow = width < 560;
  const big = variant === "wall" && width >= 900;
  const labelWidth = narrow ? 0 : Math.min(big ? 340 : 250, Math.round(width * 0.3));
  const labelLine = narrow ? 16 : 0;
  const preferred = (big ? 44 : 32) + labelLine;
  const rowHeight =
    fit && room > 0
      ? Math.max(18 + labelLine, Math.min(preferred, Math.floor((room - AXIS - 8) / Math.max(1, rows.length))))
      : preferred;
  const barHeight = Math.max(8, Math.min(big ? 18 : 12, Math.round((rowHeight - labelLine) * 0.42)));
  const height = AXIS + rows.length * rowHeight + 8;
  const x = useMemo(
    () =>
      scaleUtc()
        .domain([domain.start, domain.end])
        .range([labelWidth + 8, Math.max(labelWidth + 40, width - 12)]),
    [domain.start, domain.end, labelWidth, width],
  );
  const ticks = useMemo(
    () =>
      zonedTicks(
        domain.start,
        domain.end,
        timeZone,
        Math.max(3, Math.floor((width - labelWidth) / (big ? 120 : narrow ? 60 : 80))),
      ),
    [domain.start, domain.end, timeZone, width, labelWidth, big, narrow],
  );
  const inRange = (time: number) => time >= domain.start && time <= domain.end;
  const px = (time: number) => x(time);
  const spanWidth = (span: Span) => Math.max(2, px(span.end) - px(span.start));
  const fontSize = big ? 17 : 11;

  return (
    <div
      ref={ref}
      className={`relative w-full ${fit ? "h-full min-h-0" : ""}`}
      data-testid="gantt"
      data-rows={rows.length}
    >
      <svg
        width="100%"
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Timeline chart: planned, actual and forecast bars per step"
        className="block overflow-visible"
      >
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="fill-red-500/25" />
            <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="stroke-red-500" />
          </pattern>
        </defs>

        {rows.map(
          (row, index) =>
            index % 2 === 1 && (
              <rect
                key={`alt-${row.id}`}
                x={0}
                y={AXIS + index * rowHeight}
                width={width}
                height={rowHeight}
                className={theme.rowAlt}
              />
            ),
        )}
        {changeWindow.start && changeWindow.end && (
          <rect
            x={px(Math.max(domain.start, Date.parse(changeWindow.start)))}
            y={AXIS}
            width={Math.max(
              0,
              px(Math.min(domain.end, Date.parse(changeWindow.end))) -
                px(Math.max(domain.start, Date.parse(changeWindow.start))),
            )}
            height={height - AXIS}
            className={theme.band}
          >
            <title>Change window</title>
          </rect>
        )}
        {ticks.map((tick) => (
          <g key={tick.at}>
            <line
              x1={px(tick.at)}
              x2={px(tick.at)}
              y1={AXIS - 4}
              y2={height}
              className={tick.major ? theme.gridMajor : theme.grid}
            />
            <text
              x={px(tick.at)}
              y={AXIS - 9}
              textAnchor="middle"
              fontSize={fontSize}
              className={`${theme.axisText} tabular-nums`}
            >
              {tick.label}
            </text>
          </g>
        ))}

        {goLive.planned && inRange(Date.parse(goLive.planned)) && (
          <line
            x1={px(Date.parse(goLive.planned))}
            x2={px(Date.parse(goLive.planned))}
            y1={AXIS - 2}
            y2={height}
            strokeWidth={2}
            strokeDasharray="6 4"
            className={theme.goLiveLine}
            data-testid="gantt-go-live"
          >
            {/* One text node: an SVG <title> with several children does not hydrate (React #418). */}
            <title>{`Planned go-live ${formatTime(goLive.planned, timeZone)}`}</title>
          </line>
        )}
        {goLive.forecast && goLive.forecast !== goLive.planned && inRange(Date.parse(goLive.forecast)) && (
          <line
            x1={px(Date.parse(goLive.forecast))}
            x2={px(Date.parse(goLive.forecast))}
            y1={AXIS - 2}
            y2={height}
            strokeWidth={2}
            strokeDasharray="2 4"
            className="stroke-red-400"
            data-testid="gantt-forecast-go-live"
          >
            <title>{`Forecast go-live ${formatTime(goLive.forecast, timeZone)}`}</title>
          </line>
        )}

        {rows.map((row, index) => {
          const top = AXIS + index * rowHeight + labelLine;
          const barY = top + (rowHeight - labelLine - barHeight) / 2 - 2;
          const baseY = barY + barHeight + 2;
          const main = row.actual ?? row.forecast ?? null;
          const statusFill =
            row.status === "done"
              ? theme.done
              : row.status === "failed"
                ? theme.failed
                : row.status === "skipped"
                  ? theme.skipped
                  : theme.running;
          const diamondAt = row.actual?.start ?? row.forecast?.start ?? row.planned.start;
          const diamondSize = (row.isGoLive ? 9 : 7) * (big ? 1.3 : 1);
          return (
            <g
              key={row.id}
              data-testid="gantt-bar"
              data-step-id={row.id}
              data-status={row.status}
              data-critical={row.critical ? "true" : "false"}
              data-late={row.late ? "true" : "false"}
            >
              <title>{row.title}</title>
              {row.planned.end > row.planned.start && (
                <rect
                  x={px(row.planned.start)}
                  y={baseY}
                  width={spanWidth(row.planned)}
                  height={big ? 5 : 4}
                  rx={2}
                  className={theme.planned}
                  data-part="planned"
                />
              )}
              {row.forecast && row.forecast.end > row.forecast.start && (
                <rect
                  x={px(row.forecast.start)}
                  y={barY}
                  width={spanWidth(row.forecast)}
                  height={barHeight}
                  rx={3}
                  strokeWidth={1.5}
                  strokeDasharray="4 3"
                  className={`${theme.forecast} ${theme.forecastStroke}`}
                  data-part="forecast"
                />
              )}
              {row.actual && (
                <rect
                  x={px(row.actual.start)}
                  y={barY}
                  width={spanWidth(row.actual)}
                  height={barHeight}
                  rx={3}
                  className={`${statusFill} ${row.actual.running ? "animate-pulse" : ""}`}
                  data-part="actual"
                />
              )}
              {row.overrun && row.overrun.end > row.overrun.start && (
                <rect
                  x={px(row.overrun.start)}
                  y={barY}
                  width={spanWidth(row.overrun)}
                  height={barHeight}
                  fill={`url(#${patternId})`}
                  data-part="overrun"
                />
              )}
              {row.critical && main && row.status !== "done" && row.status !== "skipped" && (
                <rect
                  x={px(main.start) - 1.5}
                  y={barY - 1.5}
                  width={Math.max(2, px(row.forecast?.end ?? main.end) - px(main.start)) + 3}
                  height={barHeight + 3}
                  rx={4}
                  fill="none"
                  strokeWidth={2}
                  className={theme.critical}
                  data-part="critical"
                />
              )}
              {!main && row.planned.end === row.planned.start && !row.isMilestone && (
                <circle cx={px(row.planned.start)} cy={barY + barHeight / 2} r={3} className={theme.planned} />
              )}
              {row.isMilestone && (
                <g transform={`translate(${px(diamondAt)} ${barY + barHeight / 2}) rotate(45)`} data-part="milestone">
                  <rect
                    x={-diamondSize / 2}
                    y={-diamondSize / 2}
                    width={diamondSize}
                    height={diamondSize}
                    className={`${row.status === "done" ? theme.done : row.isGoLive ? theme.goLive : theme.milestone} stroke-white dark:stroke-slate-900`}
                    strokeWidth={1.5}
                  />
                </g>
              )}
            </g>
          );
        })}

        {inRange(now) && (
          <g data-testid="now-line" data-at={new Date(now).toISOString()}>
            <line x1={px(now)} x2={px(now)} y1={AXIS - 4} y2={height} strokeWidth={2} className={theme.now} />
            <circle cx={px(now)} cy={AXIS - 4} r={3.5} className="fill-red-500" />
          </g>
        )}
      </svg>

      {rows.map((row, index) => (
        <div
          key={row.id}
          className={`pointer-events-none absolute left-0 flex items-center gap-1.5 overflow-hidden pr-2 ${big ? "text-[17px]" : "text-xs"} ${row.status === "done" || row.status === "skipped" ? theme.labelMuted : theme.label}`}
          style={{
            top: AXIS + index * rowHeight + (narrow ? 1 : 0),
            height: narrow ? labelLine : rowHeight,
            width: narrow ? "100%" : labelWidth,
          }}
        >
          {row.critical && row.status !== "done" && row.status !== "skipped" && (
            <span aria-hidden className="h-1.5 w-1.5 shrink-0 rounded-full bg-orange-500" />
          )}
          <StepKindIcon kind={row.kind} size="text" />
          <span
            className={`truncate ${narrow ? theme.labelBackdrop : ""} ${row.status === "in_progress" ? "font-semibold" : ""} ${row.late && row.status !== "done" ? (variant === "wall" ? "text-red-400" : "text-red-700 dark:text-red-400") : ""}`}
          >
            {row.title}
          </span>
        </div>
      ))}
    </div>
  );
}

/** What the marks mean. */
export function GanttLegend({ variant = "page" }: { variant?: "page" | "wall" }) {
  const wall = variant === "wall";
  const swatch = "inline-block h-2.5 w-4 rounded-sm";
  return (
    <ul
      className={`flex flex-wrap gap-x-4 gap-y-1 ${wall ? "text-sm text-slate-400" : "text-xs text-slate-500 dark:text-slate-400"}`}
      aria-label="Chart legend"
    >
      <li className="inline-flex items-center gap-1.5">
        <span className="inline-block h-1 w-4 rounded-sm bg-slate-300 dark:bg-slate-600" /> Planned
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className={`${swatch} bg-emerald-500`} /> Done
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className={`${swatch} bg-sky-500`} /> Running
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className={`${swatch} border border-dashed border-indigo-400 bg-indigo-100 dark:bg-indigo-950`} />{" "}
        Forecast
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className={`${swatch} bg-[repeating-linear-gradient(45deg,#ef4444_0_2px,transparent_2px_5px)]`} /> Past
        plan
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className={`${swatch} border-2 border-orange-500`} /> Critical path
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className="inline-block h-2.5 w-2.5 rotate-45 bg-violet-500" /> Milestone
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span className="inline-block h-3 w-0.5 bg-red-500" /> Now
      </li>
    </ul>
  );
}
