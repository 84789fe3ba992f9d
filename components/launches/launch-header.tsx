"use client";

import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { LiveStatus } from "@/lib/realtime/use-launch-live";
import { LiveBadge } from "@/components/launches/live-badge";
import { GoLiveTime } from "@/components/launches/go-live-time";
import { ZoneSwitch } from "@/components/launches/zone-switch";
import { LaunchStatusBadge } from "@/components/launches/launch-status-badge";
import { PointOfNoReturnBanner } from "@/components/timeline/point-of-no-return-banner";

export const roleLabel: Record<LaunchSnapshot["myRole"], string> = {
  lead: "Deployment lead",
  sponsor: "Executive sponsor",
  member: "Team member",
  viewer: "Viewer",
};

export function LaunchHeader({
  snapshot,
  live,
  now,
}: {
  snapshot: LaunchSnapshot;
  live: LiveStatus;
  now: number | null;
}) {
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <LaunchStatusBadge status={snapshot.status} />
            {snapshot.isRehearsal && (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-800 dark:bg-amber-900/60 dark:text-amber-200">
                Rehearsal
              </span>
            )}
            {snapshot.archivedAt && (
              <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-200">
                Archived
              </span>
            )}
          </div>
          <h1 className="mt-1.5 text-2xl font-semibold tracking-tight">{snapshot.name}</h1>
          {snapshot.system && <p className="text-slate-600 dark:text-slate-400">{snapshot.system}</p>}
        </div>
        <div className="flex flex-col items-start gap-1.5 sm:items-end sm:text-right">
          <div className="flex items-center gap-3">
            <span data-testid="my-role" className="text-sm text-slate-600 dark:text-slate-400">
              You: <span className="font-medium text-slate-900 dark:text-slate-100">{roleLabel[snapshot.myRole]}</span>
            </span>
            <span className="rounded-full border border-slate-200 bg-white px-2.5 py-0.5 dark:border-slate-700 dark:bg-slate-900">
              <LiveBadge status={live} />
            </span>
          </div>
          <ZoneSwitch launchZone={snapshot.timezone} now={now} />
          {snapshot.goLiveAt && (
            <GoLiveTime
              goLiveAt={snapshot.goLiveAt}
              windowStart={snapshot.windowStart}
              windowEnd={snapshot.windowEnd}
              timeZone={snapshot.timezone}
              now={now}
            />
          )}
        </div>
      </div>
      <PointOfNoReturnBanner snapshot={snapshot} className="mt-3" />
    </>
  );
}
