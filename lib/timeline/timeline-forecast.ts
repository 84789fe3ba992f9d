import type { StepData } from "@/lib/audit/event-types";
import { criticalPath, forecastSchedule, type ScheduleStep, type StepForecast } from "@/lib/timeline/forecast";
import { calibratedMinutes, calibratingRehearsals, durationFor } from "@/lib/timeline/rehearsal-calibration";

export type TimelineForecast = {
  now: string;
  steps: Record<
    string,
    {
      start: string;
      end: string;
      startVarianceMinutes: number;
      endVarianceMinutes: number;
      late: boolean;
      critical: boolean;
    }
  >;
  /** Steps with no time to place them (an offset from go-live, but no go-live yet). */
  unscheduled: string[];
  criticalPath: string[];
  goLive: { planned: string | null; forecast: string | null; varianceMinutes: number | null; stepId: string | null };
  /** Finish of the last step. */
  finish: string | null;
  /** With rehearsal data: go-live forecast from the rehearsals' lowest and highest actuals, and by how many rehearsals. */
  calibration: { rehearsals: number; steps: number; goLiveLow: string | null; goLiveHigh: string | null } | null;
};

const MINUTE = 60_000;

/** Where a step sits in time: its own start, or go-live plus its offset. */
export function plannedStartOf(
  step: Pick<StepData, "plannedStart" | "plannedOffsetMinutes">,
  goLiveAt: string | null,
): Date | null {
  if (step.plannedStart) return new Date(step.plannedStart);
  if (step.plannedOffsetMinutes !== null && goLiveAt)
    return new Date(Date.parse(goLiveAt) + step.plannedOffsetMinutes * MINUTE);
  return null;
}

/**
 * The timeline's forecast as every screen shows it: per-step forecast and variance, the critical path
 * to go-live, and the forecast go-live against the planned one. Pure: the same steps, go-live and
 * clock give the same answer on the server and in every browser.
 */
export function buildTimelineForecast(steps: StepData[], goLiveAt: string | null, now: Date): TimelineForecast {
  const rehearsals = calibratingRehearsals(steps);
  if (rehearsals.length === 0) return forecastWith(steps, goLiveAt, now, "plan");
  // Calibrated: each step takes the rehearsals' median where they measured it; the range comes from
  // running the same forecast with their lowest and highest actuals.
  const forecast = forecastWith(steps, goLiveAt, now, "median");
  const low = forecastWith(steps, goLiveAt, now, "low").goLive.forecast;
  const high = forecastWith(steps, goLiveAt, now, "high").goLive.forecast;
  const calibratedSteps = steps.filter((step) => calibratedMinutes(step.rehearsalActuals)).length;
  // A step's variance stays measured against its plan, not against the calibrated duration.
  for (const step of steps) {
    const expected = forecast.steps[step.id];
    const plannedStart = plannedStartOf(step, goLiveAt);
    if (!expected || !plannedStart) continue;
    expected.endVarianceMinutes = Math.round(
      (Date.parse(expected.end) - plannedStart.getTime()) / MINUTE - step.plannedMinutes,
    );
    expected.late = expected.endVarianceMinutes > 0;
  }
  return {
    ...forecast,
    calibration: { rehearsals: rehearsals.length, steps: calibratedSteps, goLiveLow: low, goLiveHigh: high },
  };
}

function forecastWith(
  steps: StepData[],
  goLiveAt: string | null,
  now: Date,
  pick: "median" | "low" | "high" | "plan",
): TimelineForecast {
  const scheduled: ScheduleStep[] = [];
  const unscheduled: string[] = [];
  for (const step of steps) {
    const plannedStart = plannedStartOf(step, goLiveAt);
    if (!plannedStart) {
      unscheduled.push(step.id);
      continue;
    }
    scheduled.push({
      id: step.id,
      title: step.title,
      plannedStart,
      plannedMinutes: durationFor(step, pick),
      predecessorIds: step.predecessorIds,
      status: step.status,
      actualStart: step.actualStart ? new Date(step.actualStart) : null,
      actualEnd: step.actualEnd ? new Date(step.actualEnd) : null,
    });
  }
  const forecasts = forecastSchedule(scheduled, now);
  const goLiveStep = pickGoLiveStep(scheduled, steps, goLiveAt);
  const target = goLiveStep ?? lastFinishing(forecasts);
  const critical = target ? criticalPath(scheduled, forecasts, target) : [];

  const plannedGoLive =
    goLiveAt ?? (goLiveStep ? scheduled.find((s) => s.id === goLiveStep)!.plannedStart.toISOString() : null);
  const forecastGoLive = goLiveStep
    ? forecasts.get(goLiveStep)!.start
    : forecastWithoutStep(forecasts, scheduled, goLiveAt);
  return {
    now: now.toISOString(),
    steps: Object.fromEntries(
      [...forecasts.values()].map((forecast) => [
        forecast.id,
        { ...view(forecast), critical: critical.includes(forecast.id) },
      ]),
    ),
    unscheduled,
    criticalPath: critical,
    goLive: {
      planned: plannedGoLive,
      forecast: forecastGoLive?.toISOString() ?? null,
      varianceMinutes:
        plannedGoLive && forecastGoLive
          ? Math.round((forecastGoLive.getTime() - Date.parse(plannedGoLive)) / MINUTE)
          : null,
      stepId: goLiveStep,
    },
    finish: maxEnd(forecasts)?.toISOString() ?? null,
    calibration: null,
  };
}

const view = (forecast: StepForecast) => ({
  start: forecast.start.toISOString(),
  end: forecast.end.toISOString(),
  startVarianceMinutes: forecast.startVarianceMinutes,
  endVarianceMinutes: forecast.endVarianceMinutes,
  late: forecast.late,
});

/** The step marked as go-live, else the one planned to start exactly at the launch's go-live. */
function pickGoLiveStep(scheduled: ScheduleStep[], steps: StepData[], goLiveAt: string | null): string | null {
  const marked = steps.find((step) => step.isGoLive && scheduled.some((s) => s.id === step.id));
  if (marked) return marked.id;
  if (!goLiveAt) return null;
  const at = Date.parse(goLiveAt);
  return scheduled.find((step) => step.plannedStart.getTime() === at)?.id ?? null;
}

/** Without a go-live step: go-live slips by as much as the work planned to finish before it. */
function forecastWithoutStep(
  forecasts: Map<string, StepForecast>,
  scheduled: ScheduleStep[],
  goLiveAt: string | null,
): Date | null {
  if (!goLiveAt) return null;
  const at = Date.parse(goLiveAt);
  let slip = 0;
  for (const step of scheduled) {
    const plannedEnd = step.plannedStart.getTime() + step.plannedMinutes * MINUTE;
    if (plannedEnd <= at) slip = Math.max(slip, forecasts.get(step.id)!.end.getTime() - plannedEnd);
  }
  return new Date(at + slip);
}

function lastFinishing(forecasts: Map<string, StepForecast>): string | null {
  let last: StepForecast | null = null;
  for (const forecast of forecasts.values()) if (!last || forecast.end > last.end) last = forecast;
  return last?.id ?? null;
}

const maxEnd = (forecasts: Map<string, StepForecast>) => {
  const id = lastFinishing(forecasts);
  return id ? forecasts.get(id)!.end : null;
};
