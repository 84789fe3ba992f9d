import type { StepData } from "@/lib/audit/event-types";
import type { TimelineForecast } from "@/lib/timeline/timeline-forecast";

export type PhaseGroup = { phase: string; steps: StepData[] };

/** Steps in plan order, in runs of the same phase (a phase that comes back later is a new run). */
export function groupByPhase(steps: StepData[]): PhaseGroup[] {
  const groups: PhaseGroup[] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    if (last && last.phase === step.phase) last.steps.push(step);
    else groups.push({ phase: step.phase, steps: [step] });
  }
  return groups;
}

export type CurrentPhase = {
  state: "empty" | "not_started" | "running" | "halted" | "between" | "finished";
  /** The phase the room is in (running), stuck in (halted: a step failed) or about to enter; "" is unphased. */
  phase: string | null;
};

const finished = (step: StepData) => step.status === "done" || step.status === "skipped";

/** Where the plan is now: the phase of the first running step, else of a failed one, else of what comes next. */
export function currentPhase(steps: StepData[]): CurrentPhase {
  if (steps.length === 0) return { state: "empty", phase: null };
  const running = steps.find((step) => step.status === "in_progress");
  if (running) return { state: "running", phase: running.phase };
  const failed = steps.find((step) => step.status === "failed");
  if (failed) return { state: "halted", phase: failed.phase };
  const next = steps.find((step) => !finished(step));
  if (!next) return { state: "finished", phase: null };
  const started = steps.some((step) => step.status !== "pending");
  return { state: started ? "between" : "not_started", phase: next.phase };
}

/** Steps running now, in plan order. */
export const runningSteps = (steps: StepData[]) => steps.filter((step) => step.status === "in_progress");

/** The next pending steps by forecast start (plan order breaks ties; unscheduled ones last). */
export function nextUpSteps(steps: StepData[], forecast: TimelineForecast, count: number): StepData[] {
  const startOf = (step: StepData) => {
    const at = forecast.steps[step.id]?.start;
    return at ? Date.parse(at) : Number.POSITIVE_INFINITY;
  };
  return steps
    .filter((step) => step.status === "pending")
    .map((step, index) => ({ step, index, start: startOf(step) }))
    .sort((a, b) => a.start - b.start || a.index - b.index)
    .slice(0, count)
    .map(({ step }) => step);
}

/** "Dana Lead" for a member, the plan's free label otherwise ("DBA"), or "" when nobody owns it. */
export const ownerName = (step: Pick<StepData, "owner" | "ownerLabel">) => step.owner?.name ?? step.ownerLabel;

/** How many steps are finished, for "4 of 10 steps done". */
export function stepCounts(steps: StepData[]) {
  return {
    total: steps.length,
    finished: steps.filter(finished).length,
    running: steps.filter((step) => step.status === "in_progress").length,
    failed: steps.filter((step) => step.status === "failed").length,
  };
}
