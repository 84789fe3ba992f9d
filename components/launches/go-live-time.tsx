"use client";

import { useDisplayZone } from "@/components/ui/use-display-zone";
import { formatDayTime, formatTime, formatTimeWithZone, relativeDue, sameClock } from "@/lib/time/zoned";

/** Go-live in the zone the viewer chose, plus the other clock (launch's or theirs) when it differs, plus a countdown. */
export function GoLiveTime({
  goLiveAt,
  windowStart,
  windowEnd,
  timeZone,
  now,
}: {
  goLiveAt: string;
  windowStart: string | null;
  windowEnd: string | null;
  timeZone: string;
  now: number | null;
}) {
  const countdown = now !== null ? relativeDue(goLiveAt, now) : null;
  const { zone, viewerZone } = useDisplayZone(timeZone);
  const other = zone === timeZone ? viewerZone : timeZone;
  const otherDiffers = other !== null && !sameClock(goLiveAt, zone, other);
  return (
    <div className="text-sm" data-testid="go-live">
      <p>
        <span className="text-slate-500 dark:text-slate-400">Go-live </span>
        <time dateTime={goLiveAt} className="font-semibold" suppressHydrationWarning>
          {formatDayTime(goLiveAt, zone, true)}
        </time>
        {countdown && (
          <span
            className={`ml-2 rounded px-1.5 py-px text-xs font-medium ${countdown.late ? "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300" : "bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200"}`}
          >
            {countdown.late ? `${countdown.label.replace(" late", "")} ago` : countdown.label}
          </span>
        )}
      </p>
      {otherDiffers && (
        <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="go-live-local">
          {formatDayTime(goLiveAt, other ?? undefined, true)} {other === timeZone ? "launch time" : "your time"}
        </p>
      )}
      {windowStart && windowEnd && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Window {formatTime(windowStart, zone)}–{formatTimeWithZone(windowEnd, zone)}
        </p>
      )}
    </div>
  );
}
