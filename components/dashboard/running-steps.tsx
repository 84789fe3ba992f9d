import type { StepData } from "@/lib/audit/event-types";
import type { TimelineForecast } from "@/lib/timeline/timeline-forecast";
import { elapsedClock, minutesLabel, stepVarianceLabel } from "@/lib/timeline/time-words";
import { ownerName } from "@/lib/timeline/war-room";
import { formatTime } from "@/lib/time/zoned";
import { Avatar } from "@/components/ui/avatar";
import { StepKindIcon } from "@/components/timeline/step-kind-icon";

/** Steps running now: who is on each, how long it has run against its planned duration. */
export function RunningSteps({
  steps,
  now,
  timeZone,
  variant = "page",
}: {
  steps: StepData[];
  now: number;
  timeZone: string;
  variant?: "page" | "wall";
}) {
  const wall = variant === "wall";
  if (steps.length === 0) {
    return (
      <p
        className={wall ? "text-[clamp(1rem,1.6vw,2rem)] text-slate-500" : "text-sm text-slate-500 dark:text-slate-400"}
      >
        Nothing is running right now.
      </p>
    );
  }
  return (
    <ul className={wall ? "space-y-[0.7vw]" : "space-y-2"} data-testid="running-steps">
      {steps.map((step) => {
        const ranMs = step.actualStart ? now - Date.parse(step.actualStart) : 0;
        const share = step.plannedMinutes > 0 ? ranMs / (step.plannedMinutes * 60_000) : 1;
        const over = share > 1;
        const owner = ownerName(step);
        return (
          <li
            key={step.id}
            data-testid="running-step"
            data-step-id={step.id}
            className={
              wall
                ? "rounded-2xl bg-sky-500/10 px-4 py-3 sm:px-[1.1vw] sm:py-[0.6vw] ring-1 ring-sky-400/30"
                : "rounded-lg border border-sky-200 bg-sky-50/70 px-3 py-2.5 dark:border-sky-900 dark:bg-sky-950/40"
            }
          >
            <div className="flex items-baseline justify-between gap-3">
              <p
                className={`min-w-0 truncate font-semibold ${wall ? "text-[clamp(1.2rem,1.6vw,2.4rem)] text-white" : "text-slate-900 dark:text-slate-50"}`}
              >
                <StepKindIcon
                  kind={step.kind}
                  size={wall ? "text" : "chip"}
                  className={wall ? "mr-1" : "mr-1.5 align-middle"}
                />
                {step.title}
              </p>
              <p
                className={`shrink-0 font-bold tabular-nums ${wall ? "text-[clamp(1.2rem,1.6vw,2.4rem)]" : "text-lg"} ${over ? (wall ? "text-red-400" : "text-red-700 dark:text-red-400") : wall ? "text-sky-300" : "text-sky-700 dark:text-sky-300"}`}
                data-testid="running-elapsed"
                suppressHydrationWarning
              >
                {elapsedClock(step.actualStart, now)}
              </p>
            </div>
            <div
              className={`mt-1 flex items-center justify-between gap-3 ${wall ? "text-[clamp(0.9rem,1.2vw,1.6rem)] text-slate-300" : "text-xs text-slate-600 dark:text-slate-300"}`}
            >
              <span className="inline-flex min-w-0 items-center gap-1.5">
                {step.owner && <Avatar id={step.owner.id} name={step.owner.name} size={wall ? "md" : "sm"} />}
                <span className="truncate">{owner || "No owner"}</span>
              </span>
              <span className="shrink-0 tabular-nums">
                {step.actualStart && `since ${formatTime(step.actualStart, timeZone)}`} · of{" "}
                {minutesLabel(step.plannedMinutes)}
                {over && (
                  <span className={`font-semibold ${wall ? "text-red-400" : "text-red-700 dark:text-red-400"}`}>
                    {" "}
                    · {stepVarianceLabel(Math.round(ranMs / 60_000) - step.plannedMinutes).replace(" late", " over")}
                  </span>
                )}
              </span>
            </div>
            <div
              className={`overflow-hidden rounded-full ${wall ? "mt-[0.5vw] h-2 bg-white/10" : "mt-2 h-1.5 bg-sky-100 dark:bg-sky-950"}`}
              aria-hidden
            >
              <div
                className={`h-full rounded-full ${over ? "bg-red-500" : "bg-sky-500"}`}
                style={{ width: `${Math.min(100, share * 100)}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The next few pending steps, with when the forecast expects them. */
export function NextUpSteps({
  steps,
  forecast,
  timeZone,
  variant = "page",
}: {
  steps: StepData[];
  forecast: TimelineForecast;
  timeZone: string;
  variant?: "page" | "wall";
}) {
  const wall = variant === "wall";
  if (steps.length === 0)
    return (
      <p
        className={wall ? "text-[clamp(1rem,1.6vw,2rem)] text-slate-500" : "text-sm text-slate-500 dark:text-slate-400"}
      >
        Nothing left to start.
      </p>
    );
  return (
    <ol className={wall ? "space-y-[0.4vw]" : "divide-y divide-slate-100 dark:divide-slate-800"} data-testid="next-up">
      {steps.map((step) => {
        const expected = forecast.steps[step.id];
        return (
          <li
            key={step.id}
            data-step-id={step.id}
            data-at={expected?.start}
            className={`flex items-baseline gap-3 ${wall ? "text-[clamp(1rem,1.45vw,2rem)]" : "py-2 text-sm"}`}
          >
            <span
              data-testid="next-up-time"
              className={`w-14 shrink-0 font-semibold tabular-nums ${wall ? "w-[5.5ch] text-slate-300" : "text-slate-900 dark:text-slate-100"}`}
            >
              {expected ? formatTime(expected.start, timeZone) : "—"}
            </span>
            <span className={`min-w-0 flex-1 truncate ${wall ? "text-white" : ""}`}>
              <StepKindIcon kind={step.kind} size="text" className="mr-1" />
              {step.isMilestone && (
                <span
                  aria-hidden
                  className={`mr-2 inline-block h-2 w-2 rotate-45 ${step.isGoLive ? "bg-indigo-400" : "bg-violet-400"}`}
                />
              )}
              {step.title}
              <span className={wall ? "text-slate-400" : "text-slate-500 dark:text-slate-400"}>
                {" "}
                · {ownerName(step) || "no owner"}
              </span>
            </span>
            {expected && expected.startVarianceMinutes > 0 && (
              <span
                className={`shrink-0 tabular-nums ${wall ? "text-red-400" : "text-xs font-semibold text-red-600 dark:text-red-400"}`}
              >
                {stepVarianceLabel(expected.startVarianceMinutes)}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
