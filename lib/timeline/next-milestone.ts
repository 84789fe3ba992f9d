import type { StepData } from "@/lib/audit/event-types";
import { plannedStartOf, type TimelineForecast } from "@/lib/timeline/timeline-forecast";

export type MilestoneTarget = {
  kind: "window" | "go-live" | "milestone";
  label: string;
  /** The planned instant the countdown runs to (the plan's clock; the forecast is shown beside it). */
  at: string;
  /** When the forecast differs from the plan (a milestone step that will start late), else null. */
  forecastAt: string | null;
  stepId: string | null;
  /** Its time has come but it has not happened yet: the clock counts up. */
  overdue: boolean;
};

type Launch = { windowStart: string | null; goLiveAt: string | null; steps: StepData[] };

/**
 * What the war room counts down to: the earliest of the maintenance window opening (until it has),
 * go-live (until the go-live step has started, or, without one, until its time and forecast passed)
 * and every milestone step not yet started. A milestone whose time has passed but that has not
 * happened stays the target, overdue, so the room sees what it is waiting for.
 */
export function nextMilestone(launch: Launch, forecast: TimelineForecast, now: number): MilestoneTarget | null {
  const candidates: Omit<MilestoneTarget, "overdue">[] = [];
  if (launch.windowStart && Date.parse(launch.windowStart) > now) {
    candidates.push({
      kind: "window",
      label: "Maintenance window opens",
      at: launch.windowStart,
      forecastAt: null,
      stepId: null,
    });
  }
  const goLiveStep = launch.steps.find((step) => step.id === forecast.goLive.stepId);
  const { planned, forecast: forecastGoLive } = forecast.goLive;
  const goLivePending = goLiveStep
    ? goLiveStep.status === "pending"
    : [planned, forecastGoLive].some((at) => at !== null && Date.parse(at) > now);
  if (planned && goLivePending) {
    candidates.push({
      kind: "go-live",
      label: "Go-live",
      at: planned,
      forecastAt: differs(forecastGoLive, planned),
      stepId: goLiveStep?.id ?? null,
    });
  }
  for (const step of launch.steps) {
    if (!step.isMilestone || step.id === goLiveStep?.id || step.status !== "pending") continue;
    const at = plannedStartOf(step, launch.goLiveAt);
    if (!at) continue;
    candidates.push({
      kind: "milestone",
      label: step.title,
      at: at.toISOString(),
      forecastAt: differs(forecast.steps[step.id]?.start ?? null, at.toISOString()),
      stepId: step.id,
    });
  }
  const next = candidates.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  return next ? { ...next, overdue: Date.parse(next.at) <= now } : null;
}

const differs = (forecastAt: string | null, planned: string) =>
  forecastAt && Date.parse(forecastAt) !== Date.parse(planned) ? forecastAt : null;
