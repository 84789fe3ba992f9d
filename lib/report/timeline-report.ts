import type { StepData } from "@/lib/audit/event-types";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { stepVariance } from "@/lib/timeline/forecast";
import { minutesBetween } from "@/lib/report/format";

export type TimelineRow = {
  id: string;
  title: string;
  kind: StepData["kind"];
  phase: string;
  status: StepData["status"];
  isGoLive: boolean;
  isMilestone: boolean;
  plannedStart: string | null;
  plannedMinutes: number;
  actualStart: string | null;
  actualEnd: string | null;
  actualMinutes: number | null;
  /** Minutes later (+) or earlier (−) than planned; null until the step started. */
  startVarianceMinutes: number | null;
  /** Minutes longer (+) or shorter (−) than planned; null until the step finished. */
  durationVarianceMinutes: number | null;
  /** Why it was started before its predecessors ("start anyway"), or "". */
  forcedReason: string;
};

export type TimelineReport = {
  rows: TimelineRow[];
  finished: number;
  total: number;
  goLive: { planned: string | null; actual: string | null; varianceMinutes: number | null };
};

/** The timeline as it was planned and as it happened, step by step, with each step's variance. */
export function timelineReport(steps: StepData[], goLiveAt: string | null): TimelineReport {
  const rows = steps.map((step): TimelineRow => {
    const planned = plannedStartOf(step, goLiveAt);
    const variance = planned
      ? stepVariance({
          id: step.id,
          title: step.title,
          plannedStart: planned,
          plannedMinutes: step.plannedMinutes,
          predecessorIds: step.predecessorIds,
          status: step.status,
          actualStart: step.actualStart ? new Date(step.actualStart) : null,
          actualEnd: step.actualEnd ? new Date(step.actualEnd) : null,
        })
      : null;
    const startVariance =
      variance?.startMinutes ??
      (planned && step.actualStart ? minutesBetween(planned.toISOString(), step.actualStart) : null);
    return {
      id: step.id,
      title: step.title,
      kind: step.kind,
      phase: step.phase,
      status: step.status,
      isGoLive: step.isGoLive,
      isMilestone: step.isMilestone,
      plannedStart: planned?.toISOString() ?? null,
      plannedMinutes: step.plannedMinutes,
      actualStart: step.actualStart,
      actualEnd: step.actualEnd,
      actualMinutes: step.actualStart && step.actualEnd ? minutesBetween(step.actualStart, step.actualEnd) : null,
      startVarianceMinutes: startVariance,
      durationVarianceMinutes: variance?.durationMinutes ?? null,
      forcedReason: step.forcedReason,
    };
  });
  const goLiveRow = rows.find((row) => row.isGoLive);
  const planned = goLiveAt ?? goLiveRow?.plannedStart ?? null;
  const actual = goLiveRow?.actualStart ?? null;
  return {
    rows,
    finished: rows.filter((row) => row.status === "done" || row.status === "skipped").length,
    total: rows.length,
    goLive: { planned, actual, varianceMinutes: planned && actual ? minutesBetween(planned, actual) : null },
  };
}
