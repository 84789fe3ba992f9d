// Schedule math for the go-live timeline: pure functions over steps, so the server, every screen and
// the tests compute the same forecast from the same facts.

export type StepStatus = "pending" | "in_progress" | "done" | "skipped" | "failed";

export type ScheduleStep = {
  id: string;
  title: string;
  plannedStart: Date;
  plannedMinutes: number;
  predecessorIds: string[];
  status: StepStatus;
  actualStart: Date | null;
  actualEnd: Date | null;
};

export type StepForecast = {
  id: string;
  start: Date;
  end: Date;
  /** Minutes later (+) or earlier (−) than planned, for the start and the end. */
  startVarianceMinutes: number;
  endVarianceMinutes: number;
  /** What holds the start: its planned time, a predecessor, the clock (it is already due), or the fact it started. */
  drivenBy: { kind: "plan" } | { kind: "predecessor"; stepId: string } | { kind: "now" } | { kind: "actual" };
  late: boolean;
};

export class ScheduleCycleError extends Error {
  constructor(readonly stepTitles: string[]) {
    super(`These steps wait on each other in a circle: ${stepTitles.join(" → ")}. Remove one of the links.`);
    this.name = "ScheduleCycleError";
  }
}

const MINUTE = 60_000;
const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE);
const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / MINUTE);
const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** Steps ordered so every step comes after its predecessors; throws ScheduleCycleError on a cycle. */
export function topologicalOrder(steps: ScheduleStep[]): ScheduleStep[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const state = new Map<string, "visiting" | "done">();
  const ordered: ScheduleStep[] = [];
  const visit = (step: ScheduleStep, path: ScheduleStep[]) => {
    if (state.get(step.id) === "done") return;
    if (state.get(step.id) === "visiting") {
      const cycle = path.slice(path.findIndex((s) => s.id === step.id));
      throw new ScheduleCycleError([...cycle, step].map((s) => s.title));
    }
    state.set(step.id, "visiting");
    for (const predecessorId of step.predecessorIds) {
      const predecessor = byId.get(predecessorId);
      if (predecessor) visit(predecessor, [...path, step]);
    }
    state.set(step.id, "done");
    ordered.push(step);
  };
  const byPlan = [...steps].sort((a, b) => a.plannedStart.getTime() - b.plannedStart.getTime());
  for (const step of byPlan) visit(step, []);
  return ordered;
}

/**
 * A forward pass from what has actually happened: finished steps keep their actual times; a running
 * step ends no earlier than now; a pending step starts at the latest of its planned start, the end of
 * its predecessors, and now. A skipped step takes no time.
 */
export function forecastSchedule(steps: ScheduleStep[], now: Date): Map<string, StepForecast> {
  const forecasts = new Map<string, StepForecast>();
  for (const step of topologicalOrder(steps)) {
    const predecessorEnds = step.predecessorIds
      .map((id) => forecasts.get(id))
      .filter((forecast): forecast is StepForecast => Boolean(forecast));
    let start: Date;
    let end: Date;
    let drivenBy: StepForecast["drivenBy"];
    if (step.actualStart && step.status !== "pending") {
      start = step.actualStart;
      drivenBy = { kind: "actual" };
      end = step.actualEnd ?? later(addMinutes(start, step.plannedMinutes), now);
    } else {
      start = step.plannedStart;
      drivenBy = { kind: "plan" };
      for (const predecessor of predecessorEnds) {
        if (predecessor.end.getTime() > start.getTime()) {
          start = predecessor.end;
          drivenBy = { kind: "predecessor", stepId: predecessor.id };
        }
      }
      if (step.status === "pending" && now.getTime() > start.getTime()) {
        start = now;
        drivenBy = { kind: "now" };
      }
      end = step.status === "skipped" ? start : addMinutes(start, step.plannedMinutes);
    }
    const plannedEnd = addMinutes(step.plannedStart, step.plannedMinutes);
    const endVarianceMinutes = minutesBetween(plannedEnd, end);
    forecasts.set(step.id, {
      id: step.id,
      start,
      end,
      startVarianceMinutes: minutesBetween(step.plannedStart, start),
      endVarianceMinutes,
      drivenBy,
      late: endVarianceMinutes > 0,
    });
  }
  return forecasts;
}

/**
 * The chain of steps that decides when `targetId` can start, walking back from the target through
 * the latest-finishing predecessor each time that predecessor leaves no gap (it ends at or after the
 * step's planned or forecast start). Steps off this chain can slip within their gap without moving
 * the target.
 */
export function criticalPath(steps: ScheduleStep[], forecasts: Map<string, StepForecast>, targetId: string): string[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const path: string[] = [];
  let current: string | undefined = targetId;
  while (current && !path.includes(current)) {
    path.unshift(current);
    const step = byId.get(current);
    const forecast = forecasts.get(current);
    if (!step || !forecast) break;
    const driver = latestPredecessor(step, forecasts);
    const threshold = Math.min(step.plannedStart.getTime(), forecast.start.getTime());
    current = driver && driver.end.getTime() >= threshold ? driver.id : undefined;
  }
  return path;
}

function latestPredecessor(step: ScheduleStep, forecasts: Map<string, StepForecast>): StepForecast | undefined {
  let best: StepForecast | undefined;
  for (const id of step.predecessorIds) {
    const candidate = forecasts.get(id);
    if (candidate && (!best || candidate.end > best.end)) best = candidate;
  }
  return best;
}

/** Variance of a finished step: how late it started and how much longer than planned it took. */
export function stepVariance(step: ScheduleStep): { startMinutes: number; durationMinutes: number } | null {
  if (!step.actualStart || !step.actualEnd) return null;
  return {
    startMinutes: minutesBetween(step.plannedStart, step.actualStart),
    durationMinutes: minutesBetween(step.actualStart, step.actualEnd) - step.plannedMinutes,
  };
}
