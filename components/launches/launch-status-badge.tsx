import type { LaunchStatus } from "@/lib/generated/prisma/enums";
import { launchStatusLabels } from "@/lib/launches/launch-lifecycle";

const colours: Record<LaunchStatus, string> = {
  planning: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
  ready: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  in_progress: "bg-indigo-100 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200",
  monitoring: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  completed: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  rolled_back: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  aborted: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
  on_hold: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  rolling_back: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
};

export function LaunchStatusBadge({ status }: { status: LaunchStatus }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-semibold ${colours[status]}`}
      data-testid="launch-status"
      data-status={status}
    >
      {launchStatusLabels[status]}
    </span>
  );
}
