"use client";

import Link from "next/link";
import type { LaunchSummary } from "@/lib/launches/summarise-launch";
import type { CurrentPhase } from "@/lib/timeline/war-room";
import { phaseTitle } from "@/lib/timeline/phase-title";
import { LaunchHeader } from "@/components/launches/launch-header";
import { LaunchTabs } from "@/components/launches/launch-tabs";
import { ForecastHeadline } from "@/components/timeline/forecast-headline";
import { useWarRoom } from "@/components/dashboard/use-war-room";
import { useRecentActivity } from "@/components/dashboard/use-recent-activity";
import { Countdown } from "@/components/dashboard/countdown";
import { useDisplayZone } from "@/components/ui/use-display-zone";
import { zoneAbbreviation } from "@/lib/time/zoned";
import { GanttChart, GanttLegend } from "@/components/dashboard/gantt-chart";
import { NextUpSteps, RunningSteps } from "@/components/dashboard/running-steps";
import { BlockedList, Panel, PresenceList, RecentActivity } from "@/components/dashboard/war-room-panels";
import { ChecklistProgress } from "@/components/dashboard/checklist-progress";
import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";
import { GateSummaryCard } from "@/components/gates/gate-summary-card";

/** Where the plan is, in words; `title` shows a phase's name (its imported clock times rendered in a zone). */
export const phaseWords = (phase: CurrentPhase, title: (name: string) => string = (name) => name) => {
  const name = (phase.phase && title(phase.phase)) || "the plan";
  switch (phase.state) {
    case "running":
      return `In ${name}`;
    case "halted":
      return `Halted in ${name}: a step failed`;
    case "between":
      return `Between phases · next: ${name}`;
    case "not_started":
      return `Not started · first: ${name}`;
    case "finished":
      return "Every step done";
    case "empty":
      return "No timeline yet";
  }
};

/** The war room on a laptop or a phone: where we are, what runs, early or late, when we go live. */
export function DashboardView({ initial, renderedAt }: { initial: LaunchSummary; renderedAt: number }) {
  const room = useWarRoom(initial, renderedAt);
  const { snapshot, now, forecast, progress } = room;
  const { zone } = useDisplayZone(snapshot.timezone);
  const activity = useRecentActivity(snapshot.id, room.hub, room.status, 12);
  const sectionTitle = (id: string) => snapshot.sections.find((section) => section.id === id)?.title;

  return (
    <main id="main" className="mx-auto max-w-7xl px-4 pb-16 pt-6 sm:pt-8" data-testid="dashboard">
      <LaunchHeader snapshot={snapshot} live={room.status} now={now} />
      <div className="mt-5">
        <LaunchTabs launchId={snapshot.id} tab="dashboard" />
      </div>
      <div className="mt-4 empty:hidden">
        <RollbackAlarmBanner snapshot={snapshot} />
      </div>

      <div className="mt-5 grid gap-4 md:grid-cols-2 xl:grid-cols-3 [&>*]:min-w-0">
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <Countdown target={room.target} now={now} timeZone={zone} />
          <p
            className="mt-4 border-t border-slate-100 pt-3 text-sm tabular-nums text-slate-500 dark:border-slate-800 dark:text-slate-400"
            suppressHydrationWarning
          >
            Now{" "}
            {new Intl.DateTimeFormat("en-GB", {
              hour: "2-digit",
              minute: "2-digit",
              second: "2-digit",
              timeZone: zone,
              timeZoneName: "short",
            }).format(now)}{" "}
            · server clock
          </p>
        </div>
        <div className="flex flex-col gap-3">
          <ForecastHeadline forecast={forecast} timeZone={zone} size="lg" />
          <p
            className="rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900"
            data-testid="current-phase"
            data-state={room.phase.state}
          >
            <span className="block text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">
              Current phase
            </span>
            <span className="mt-0.5 block text-lg font-semibold">
              {phaseWords(room.phase, (name) => phaseTitle(name, snapshot.steps, snapshot.goLiveAt, zone))}
            </span>
            <span className="text-slate-600 dark:text-slate-400">
              {room.counts.finished} of {room.counts.total} steps done
              {room.counts.running > 0 && ` · ${room.counts.running} running`}
            </span>
          </p>
        </div>
        <div className="md:col-span-2 xl:col-span-1">
          <ChecklistProgress progress={progress} />
        </div>
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-3 [&>*]:min-w-0">
        <Panel
          title="Timeline"
          testId="gantt-panel"
          className="lg:col-span-2"
          aside={
            <Link
              href={`/launches/${snapshot.id}/timeline`}
              className="text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400"
            >
              Open the timeline →
            </Link>
          }
        >
          {room.domain && room.rows.length > 0 ? (
            <>
              <GanttChart
                rows={room.rows}
                domain={room.domain}
                now={now}
                timeZone={zone}
                goLive={forecast.goLive}
                window={{ start: snapshot.windowStart, end: snapshot.windowEnd }}
              />
              <div className="mt-3">
                <GanttLegend />
              </div>
            </>
          ) : (
            <p className="text-sm text-slate-500">No scheduled steps yet.</p>
          )}
        </Panel>
        <div className="flex flex-col gap-4">
          <Panel title={`Running now (${room.running.length})`} testId="running-panel">
            <RunningSteps steps={room.running} now={now} timeZone={zone} />
          </Panel>
          <Panel title={`Next up · ${zoneAbbreviation(new Date(now).toISOString(), zone)}`}>
            <NextUpSteps steps={room.nextUp} forecast={forecast} timeZone={zone} />
          </Panel>
        </div>
        <Panel
          title="Latest activity"
          className="lg:col-span-2"
          aside={
            <Link
              href={`/launches/${snapshot.id}?tab=activity`}
              className="text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400"
            >
              All activity →
            </Link>
          }
        >
          <RecentActivity events={activity} context={room.context} timeZone={zone} now={now} />
        </Panel>
        <div className="flex flex-col gap-4">
          {snapshot.gates.length > 0 && <GateSummaryCard snapshot={snapshot} />}
          <Panel title={`Online now (${room.presence.length})`}>
            <PresenceList people={room.presence} />
          </Panel>
          <Panel title={`Blocked (${progress.blockedItems.length})`} testId="blocked-panel">
            <BlockedList items={progress.blockedItems} sectionTitle={sectionTitle} />
          </Panel>
        </div>
      </div>
    </main>
  );
}
