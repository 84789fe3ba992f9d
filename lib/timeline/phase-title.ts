import type { StepData } from "@/lib/audit/event-types";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { retimeTitle } from "@/lib/time/title-times";

/** When the steps are planned to run: the first planned start to the last planned end; null when none is placed. */
export function plannedSpan(steps: StepData[], goLiveAt: string | null): { start: string; end: string } | null {
  const spans = steps.flatMap((step) => {
    const start = plannedStartOf(step, goLiveAt)?.getTime();
    return start === undefined ? [] : [{ start, end: start + step.plannedMinutes * 60_000 }];
  });
  if (spans.length === 0) return null;
  return {
    start: new Date(Math.min(...spans.map((span) => span.start))).toISOString(),
    end: new Date(Math.max(...spans.map((span) => span.end))).toISOString(),
  };
}

/**
 * A phase's name as screens show it: a clock time imported in it ("5:30 AM - 7:00 AM: DEPLOYMENT") is
 * rendered from its steps' planned times in `timeZone`, with the zone's name.
 */
export function phaseTitle(phase: string, steps: StepData[], goLiveAt: string | null, timeZone: string): string {
  return retimeTitle(
    phase,
    plannedSpan(
      steps.filter((step) => step.phase === phase),
      goLiveAt,
    ),
    timeZone,
  );
}
