import type { StepData } from "@/lib/audit/event-types";
import { plannedStartOf, type TimelineForecast } from "@/lib/timeline/timeline-forecast";
import { nextUpSteps } from "@/lib/timeline/war-room";
import { formatClock } from "@/lib/timeline/time-words";

// The one countdown every screen shows (war room, dashboard, phone, wall, timeline). Screens used to
// count to the plan's time while the forecast beside it said later ("Review in 09:39", forecast 15:34):
// here a countdown always runs to the time the forecast expects, and keeps the planned time beside it.

export type CountdownView = {
  /** The instant counted to: the forecast when there is one, else the plan. */
  at: string;
  planned: string;
  /** The forecast, when it differs from the plan. */
  forecastAt: string | null;
  /** Milliseconds left; negative once `at` has passed. */
  remainingMs: number;
  overdue: boolean;
  /** "04:05", "1:02:05"; overdue, the time since the plan: "+04:05". */
  clock: string;
  /** The forecast is later than the plan. */
  slipping: boolean;
};

/** Counts down to what the forecast expects for a planned instant. */
export function countdownTo(planned: string, forecastAt: string | null, now: number): CountdownView {
  const differs = forecastAt !== null && Date.parse(forecastAt) !== Date.parse(planned);
  const at = differs ? forecastAt : planned;
  const remainingMs = Date.parse(at) - now;
  const overdue = remainingMs <= 0;
  return {
    at,
    planned,
    forecastAt: differs ? forecastAt : null,
    remainingMs,
    overdue,
    // A pending step's forecast never lies in the past (it is "now" once due), so an overdue one counts up
    // from its plan: the room sees how long it has been waiting, not a frozen "+00:00".
    clock: overdue ? `+${formatClock(now - Math.min(Date.parse(planned), Date.parse(at)))}` : formatClock(remainingMs),
    slipping: differs && Date.parse(forecastAt) > Date.parse(planned),
  };
}

export type NextStepCountdown = CountdownView & { step: StepData };

/** The next step to start (the same pick as the war room's "Next up") and its countdown. */
export function nextStepCountdown(
  steps: StepData[],
  forecast: TimelineForecast,
  goLiveAt: string | null,
  now: number,
): NextStepCountdown | null {
  const step = nextUpSteps(steps, forecast, 1)[0];
  const expected = step && forecast.steps[step.id];
  const planned = step && plannedStartOf(step, goLiveAt);
  if (!step || !expected || !planned) return null;
  return { ...countdownTo(planned.toISOString(), expected.start, now), step };
}
