"use client";

import { useMemo } from "react";
import Link from "next/link";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { rollbackAlarms, type RollbackAlarm } from "@/lib/checkpoints/evaluate";
import { AlertIcon } from "@/components/ui/icons";

type AlarmSource = Pick<LaunchSnapshot, "id" | "metrics" | "triggers" | "checkpoints" | "samples" | "incidents"> &
  Partial<Pick<LaunchSnapshot, "steps">>;

/** The rollback alarms raised by a launch's data right now (recomputed when that data changes). */
export function useRollbackAlarms(snapshot: AlarmSource): RollbackAlarm[] {
  const { metrics, triggers, checkpoints, samples, incidents, steps } = snapshot;
  return useMemo(
    () => rollbackAlarms({ metrics, triggers, checkpoints, samples, incidents, steps }),
    [metrics, triggers, checkpoints, samples, incidents, steps],
  );
}

/**
 * A red, unmissable banner while any rollback trigger fires: a metric across its threshold, an open
 * critical incident, or a metric failing checkpoints in a row. Renders nothing otherwise. Pass the live
 * snapshot (from useLaunchLive) so it appears and clears on every screen at once.
 */
export function RollbackAlarmBanner({
  snapshot,
  showLink = true,
  size = "page",
}: {
  snapshot: AlarmSource;
  showLink?: boolean;
  size?: "page" | "wall";
}) {
  const alarms = useRollbackAlarms(snapshot);
  if (alarms.length === 0) return null;
  // On the wall the reasons are what the room must read from its seats: 32 px at least, more on a 4K screen.
  const wall = size === "wall";
  return (
    <div
      role="alert"
      data-testid="rollback-alarm"
      data-count={alarms.length}
      className="rollback-alarm relative overflow-hidden rounded-xl border-2 border-red-800 bg-red-700 px-4 py-3.5 text-white shadow-lg shadow-red-600/20 sm:px-5 dark:border-red-500 dark:bg-red-700"
    >
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <span
          aria-hidden
          className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-white/15 motion-safe:animate-pulse"
        >
          <AlertIcon className="h-5 w-5" />
        </span>
        <div className="min-w-0 flex-1">
          <div className={wall ? "flex flex-wrap items-baseline gap-x-[1vw]" : ""}>
            <p
              className={
                wall
                  ? "text-[max(2rem,2.2vw)] font-black uppercase leading-tight tracking-wide"
                  : "text-base font-bold uppercase tracking-wide"
              }
            >
              Rollback alarm
            </p>
            <p className={wall ? "text-[max(1.5rem,1.3vw)] text-red-50" : "text-sm text-red-50"}>
              A rollback trigger fired. Decide now: hold, or roll back.
            </p>
          </div>
          <ul
            className={
              wall
                ? "mt-2 space-y-1 text-[max(2rem,1.8vw)] font-semibold leading-tight"
                : "mt-2 space-y-1 text-sm font-medium"
            }
          >
            {alarms.map((alarm) => (
              <li key={alarm.key} className="flex gap-2" data-testid="rollback-alarm-reason">
                <span aria-hidden>•</span>
                <span className="min-w-0">{alarm.message}</span>
              </li>
            ))}
          </ul>
        </div>
        {showLink && (
          <Link
            href={`/launches/${snapshot.id}/checkpoints`}
            className="w-full shrink-0 self-center rounded-md bg-white px-3 py-1.5 text-center text-sm font-semibold text-red-700 sm:w-auto hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-white print:hidden"
          >
            Open checkpoints
          </Link>
        )}
      </div>
    </div>
  );
}
