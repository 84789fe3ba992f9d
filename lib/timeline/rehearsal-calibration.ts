import type { StepData } from "@/lib/audit/event-types";

type Actual = StepData["rehearsalActuals"][number];

/**
 * What the rehearsals measured for one step: the median of the actual minutes (the calibrated duration)
 * and the lowest and highest. A rehearsal where the step failed, was skipped or did not finish measured
 * nothing. Null without any measurement, so the plan is used.
 */
export function calibratedMinutes(
  actuals: Actual[],
): { median: number; low: number; high: number; count: number } | null {
  const minutes = actuals
    .flatMap((actual) => (actual.minutes !== null && actual.status === "done" ? [actual.minutes] : []))
    .sort((a, b) => a - b);
  if (minutes.length === 0) return null;
  const middle = Math.floor(minutes.length / 2);
  const median = minutes.length % 2 === 1 ? minutes[middle]! : (minutes[middle - 1]! + minutes[middle]!) / 2;
  return { median, low: minutes[0]!, high: minutes.at(-1)!, count: minutes.length };
}

/** The distinct rehearsals that measured at least one step of this plan. */
export function calibratingRehearsals(steps: StepData[]): string[] {
  const ids = new Set<string>();
  for (const step of steps)
    for (const actual of step.rehearsalActuals)
      if (actual.minutes !== null && actual.status === "done") ids.add(actual.launchId);
  return [...ids];
}

/** A step's duration for a forecast: the rehearsals' median (or lowest / highest for the range), else the plan. */
export function durationFor(step: StepData, pick: "median" | "low" | "high" | "plan"): number {
  if (pick === "plan") return step.plannedMinutes;
  return calibratedMinutes(step.rehearsalActuals)?.[pick] ?? step.plannedMinutes;
}

/** What a rehearsal's step measured: minutes from actual start to end when it was done, else nothing. */
export function measureStep(step: {
  status: StepData["status"];
  actualStart: Date | string | null;
  actualEnd: Date | string | null;
}): number | null {
  if (step.status !== "done" || !step.actualStart || !step.actualEnd) return null;
  return Math.round((new Date(step.actualEnd).getTime() - new Date(step.actualStart).getTime()) / 60_000);
}
