import Link from "next/link";
import type { LaunchSummary } from "@/lib/launches/list-launches";
import { ProgressBar } from "@/components/ui/progress-bar";
import { LaunchStatusBadge } from "@/components/launches/launch-status-badge";
import { formatDayTime } from "@/lib/time/zoned";

export function LaunchCard({ launch }: { launch: LaunchSummary }) {
  return (
    <Link
      href={`/launches/${launch.id}`}
      className="block rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:border-indigo-400 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">{launch.name}</h3>
        <div className="flex items-center gap-2">
          <LaunchStatusBadge status={launch.status} />
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            {launch.role}
          </span>
        </div>
      </div>
      {launch.system && <p className="text-sm text-slate-600 dark:text-slate-400">{launch.system}</p>}
      {launch.goLiveAt && (
        <p className="mt-1 text-sm">Go-live {formatDayTime(launch.goLiveAt, launch.timezone, true)}</p>
      )}
      <div className="mt-3">
        <ProgressBar done={launch.itemsDone} total={launch.items} label="Checklist progress" />
      </div>
      {launch.itemsBlocked > 0 && (
        <p className="mt-2 text-sm font-medium text-red-600 dark:text-red-400">{launch.itemsBlocked} blocked</p>
      )}
    </Link>
  );
}
