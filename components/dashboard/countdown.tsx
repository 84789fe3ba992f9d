import type { MilestoneTarget } from "@/lib/timeline/next-milestone";
import { countdownTo } from "@/lib/timeline/countdown";
import { formatTime, zoneAbbreviation } from "@/lib/time/zoned";

const what = (target: MilestoneTarget) =>
  target.kind === "window" ? "Maintenance window opens" : target.kind === "go-live" ? "Go-live" : target.label;

/**
 * The countdown to the next milestone, on the server-corrected clock, saying which milestone it is.
 * Past its time but not yet reached, it counts up as overdue.
 */
export function Countdown({
  target,
  now,
  timeZone,
  variant = "page",
}: {
  target: MilestoneTarget | null;
  now: number;
  timeZone: string;
  variant?: "page" | "wall";
}) {
  const wall = variant === "wall";
  if (!target) {
    return (
      <div data-testid="countdown" data-target="" data-kind="none">
        <p
          className={
            wall
              ? "text-[clamp(1rem,1.4vw,1.75rem)] font-semibold uppercase tracking-widest text-slate-400"
              : "text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400"
          }
        >
          Countdown
        </p>
        <p
          className={
            wall
              ? "mt-2 text-[clamp(2rem,4vw,5rem)] font-bold text-emerald-300"
              : "mt-1 text-2xl font-bold text-emerald-700 dark:text-emerald-300"
          }
        >
          All milestones reached
        </p>
      </div>
    );
  }
  const view = countdownTo(target.at, target.forecastAt, now);
  const { overdue } = view;
  return (
    <div
      data-testid="countdown"
      data-target={view.at}
      data-planned={view.planned}
      data-kind={target.kind}
      data-overdue={overdue ? "true" : "false"}
    >
      <p
        className={
          wall
            ? "truncate text-[clamp(1rem,1.5vw,2rem)] font-semibold uppercase tracking-widest text-slate-400"
            : "truncate text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400"
        }
      >
        {what(target)} {overdue ? "overdue by" : "in"}
      </p>
      <p
        className={`font-bold tabular-nums leading-none tracking-tight ${wall ? "mt-1 text-[clamp(3.5rem,5vw,8rem)]" : "mt-1.5 text-5xl sm:text-6xl"} ${
          overdue
            ? wall
              ? "text-amber-300"
              : "text-amber-600 dark:text-amber-300"
            : wall
              ? "text-white"
              : "text-slate-900 dark:text-white"
        }`}
        data-testid="countdown-clock"
        suppressHydrationWarning
      >
        {view.clock}
      </p>
      <p
        className={
          wall
            ? "mt-3 text-[clamp(1rem,1.5vw,2rem)] tabular-nums text-slate-300"
            : "mt-2 text-sm tabular-nums text-slate-600 dark:text-slate-300"
        }
      >
        {target.kind === "window" ? "Opens" : "Planned"} at{" "}
        <span className="font-semibold">{formatTime(target.at, timeZone)}</span> {zoneAbbreviation(target.at, timeZone)}
        {view.forecastAt && (
          <span className={view.slipping ? (wall ? "text-red-400" : "text-red-700 dark:text-red-400") : ""}>
            {" "}
            · forecast {formatTime(view.forecastAt, timeZone)} {zoneAbbreviation(view.forecastAt, timeZone)}
          </span>
        )}
      </p>
    </div>
  );
}
