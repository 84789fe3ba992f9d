import type { LaunchProgress } from "@/lib/checklists/progress";

/** Overall checklist progress as the war room reads it: one number, one bar, what holds it up. */
export function ChecklistProgress({
  progress,
  variant = "page",
}: {
  progress: LaunchProgress;
  variant?: "page" | "wall";
}) {
  const wall = variant === "wall";
  return (
    <div
      data-testid="checklist-progress"
      data-percent={progress.percent}
      className={
        wall
          ? ""
          : "h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      }
    >
      <p
        className={
          wall
            ? "text-[clamp(1rem,1.4vw,1.75rem)] font-semibold uppercase tracking-widest text-slate-400"
            : "text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400"
        }
      >
        Checklist
      </p>
      <div className="mt-1 flex items-baseline gap-3">
        <p
          className={`font-bold tabular-nums leading-none ${wall ? "text-[clamp(2.5rem,5vw,6.5rem)] text-white" : "text-5xl"}`}
        >
          {progress.percent}%
        </p>
        <p
          className={
            wall
              ? "text-[clamp(1rem,1.5vw,1.9rem)] tabular-nums text-slate-300"
              : "text-sm tabular-nums text-slate-600 dark:text-slate-300"
          }
        >
          {progress.complete} / {progress.total} items
        </p>
      </div>
      <div
        className={`mt-3 overflow-hidden rounded-full ${wall ? "h-3 bg-white/10" : "h-2.5 bg-slate-200 dark:bg-slate-800"}`}
        aria-hidden
      >
        <div
          className="h-full rounded-full bg-emerald-500 transition-all duration-700"
          style={{ width: `${progress.percent}%` }}
        />
      </div>
      <p className={`mt-3 flex flex-wrap gap-x-4 gap-y-1 ${wall ? "text-[clamp(0.95rem,1.4vw,1.75rem)]" : "text-sm"}`}>
        <span
          className={
            progress.blocked > 0
              ? "font-semibold text-red-700 dark:text-red-400"
              : wall
                ? "text-slate-400"
                : "text-slate-500"
          }
          data-testid="blocked-count"
          data-count={progress.blocked}
        >
          {progress.blocked} blocked
        </span>
        <span className={wall ? "text-slate-400" : "text-slate-500"}>{progress.inProgress} in progress</span>
        <span
          className={
            progress.requiredOpen.length > 0
              ? "text-amber-700 dark:text-amber-400"
              : wall
                ? "text-slate-400"
                : "text-slate-500"
          }
        >
          {progress.requiredOpen.length} required open
        </span>
      </p>
    </div>
  );
}
