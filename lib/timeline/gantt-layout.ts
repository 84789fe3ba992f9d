import type { StepData } from "@/lib/audit/event-types";
import { plannedStartOf, type TimelineForecast } from "@/lib/timeline/timeline-forecast";

const MINUTE = 60_000;

export type Span = { start: number; end: number };

export type GanttRow = {
  id: string;
  title: string;
  kind: StepData["kind"];
  status: StepData["status"];
  isMilestone: boolean;
  isGoLive: boolean;
  critical: boolean;
  late: boolean;
  planned: Span;
  /** What happened: from the actual start to the actual end, or to now while it runs. */
  actual: (Span & { running: boolean }) | null;
  /** What is still expected: a pending step's forecast, or the rest of a running step past now. */
  forecast: Span | null;
  /** The part of the actual or forecast bar past the planned end. */
  overrun: Span | null;
};

/** One row per scheduled step, in plan order; steps with no time yet are left out (listed elsewhere). */
export function ganttRows(
  steps: StepData[],
  forecast: TimelineForecast,
  goLiveAt: string | null,
  now: number,
): GanttRow[] {
  const rows: GanttRow[] = [];
  for (const step of steps) {
    const plannedStart = plannedStartOf(step, goLiveAt);
    const expected = forecast.steps[step.id];
    if (!plannedStart || !expected) continue;
    const planned = { start: plannedStart.getTime(), end: plannedStart.getTime() + step.plannedMinutes * MINUTE };
    const started = step.actualStart !== null && step.status !== "pending";
    const actual = started
      ? {
          start: Date.parse(step.actualStart!),
          end: step.actualEnd ? Date.parse(step.actualEnd) : Math.max(now, Date.parse(step.actualStart!)),
          running: !step.actualEnd,
        }
      : null;
    const expectedEnd = Date.parse(expected.end);
    let projected: Span | null = null;
    if (step.status === "pending") projected = { start: Date.parse(expected.start), end: expectedEnd };
    else if (actual?.running && expectedEnd > actual.end) projected = { start: actual.end, end: expectedEnd };
    const finish = actual && !actual.running ? actual.end : Math.max(expectedEnd, actual?.end ?? 0);
    rows.push({
      id: step.id,
      title: step.title,
      kind: step.kind,
      status: step.status,
      isMilestone: step.isMilestone,
      isGoLive: step.isGoLive,
      critical: expected.critical,
      late: expected.late,
      planned,
      actual,
      forecast: projected,
      overrun:
        step.status !== "skipped" && finish > planned.end
          ? { start: Math.max(planned.end, actual?.start ?? projected?.start ?? planned.end), end: finish }
          : null,
    });
  }
  return rows;
}

/**
 * The time range the chart shows: every bar, the change window and the go-live, padded a little.
 * Now is drawn only when it is near the plan (a chart days before the window stays on the plan).
 */
export function ganttDomain(rows: GanttRow[], extras: (number | null)[], now: number, padMinutes = 10): Span | null {
  const times = [
    ...rows.flatMap((row) =>
      [row.planned, row.actual, row.forecast].flatMap((span) => (span ? [span.start, span.end] : [])),
    ),
    ...extras.filter((time): time is number => time !== null && Number.isFinite(time)),
  ];
  if (times.length === 0) return null;
  let start = Math.min(...times);
  let end = Math.max(...times);
  const span = Math.max(end - start, 30 * MINUTE);
  if (now >= start - span / 4 && now <= end + span / 4) {
    start = Math.min(start, now);
    end = Math.max(end, now);
  }
  if (end - start < 30 * MINUTE) end = start + 30 * MINUTE;
  return { start: start - padMinutes * MINUTE, end: end + padMinutes * MINUTE };
}

/**
 * At most `max` rows for a small chart (a wall screen): the window starts two rows before the first
 * step not yet finished, so what just happened and what comes next stay in view.
 */
export function rowsAroundNow(rows: GanttRow[], max: number): GanttRow[] {
  if (rows.length <= max) return rows;
  const firstOpen = rows.findIndex((row) => row.status !== "done" && row.status !== "skipped");
  const start = Math.max(0, Math.min((firstOpen === -1 ? rows.length : firstOpen) - 2, rows.length - max));
  return rows.slice(start, start + max);
}

/** rowsAroundNow, and how many rows it left out before and after (a wall screen summarises them). */
export function rowWindow(rows: GanttRow[], max: number): { rows: GanttRow[]; before: number; after: number } {
  const shown = rowsAroundNow(rows, max);
  const before = shown.length > 0 ? rows.indexOf(shown[0]!) : 0;
  return { rows: shown, before, after: rows.length - before - shown.length };
}
