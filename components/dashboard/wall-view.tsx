"use client";

import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";
import type { LaunchSummary } from "@/lib/launches/summarise-launch";
import type { LiveStatus } from "@/lib/realtime/use-launch-live";
import { rowWindow } from "@/lib/timeline/gantt-layout";
import { describeEvent } from "@/components/activity/describe-event";
import { formatTime, relativePast } from "@/lib/time/zoned";
import { ForecastHeadline } from "@/components/timeline/forecast-headline";
import { PointOfNoReturnBanner } from "@/components/timeline/point-of-no-return-banner";
import { useWarRoom, type WarRoom } from "@/components/dashboard/use-war-room";
import { useRecentActivity } from "@/components/dashboard/use-recent-activity";
import { useWakeLock } from "@/components/dashboard/use-wake-lock";
import { Countdown } from "@/components/dashboard/countdown";
import { GanttChart } from "@/components/dashboard/gantt-chart";
import { NextUpSteps, RunningSteps } from "@/components/dashboard/running-steps";
import { useElementSize } from "@/components/dashboard/use-element-size";
import { phaseWords } from "@/components/dashboard/dashboard-view";
import { phaseTitle } from "@/lib/timeline/phase-title";
import { PresenceList } from "@/components/dashboard/war-room-panels";
import { WallDecision } from "@/components/dashboard/wall-decision";

const liveLook: Record<LiveStatus, { label: string; dot: string; text: string }> = {
  connecting: { label: "Connecting…", dot: "bg-amber-400", text: "text-amber-300" },
  live: { label: "Live", dot: "bg-emerald-400", text: "text-emerald-300" },
  offline: { label: "Reconnecting…", dot: "bg-red-500 animate-pulse", text: "text-red-300" },
  refused: { label: "Not allowed", dot: "bg-slate-500", text: "text-slate-300" },
  unavailable: { label: "Database unreachable, retrying…", dot: "bg-red-500 animate-pulse", text: "text-red-300" },
};

const heading = "text-[clamp(0.9rem,1.25vw,1.6rem)] font-semibold uppercase tracking-widest text-slate-400";

/**
 * The wall screen: read across a room, needs no hands, runs all night. Everything on it is bounded
 * (a fixed number of activity lines, Gantt rows and next steps); the live hook reconnects and
 * catches up by itself, the clock re-syncs with the server, one 1 s timer drives the countdown.
 */
export function WallView({
  initial,
  renderedAt,
  secondZone = null,
}: {
  initial: LaunchSummary;
  renderedAt: number;
  secondZone?: string | null;
}) {
  useWakeLock();
  const room = useWarRoom(initial, renderedAt);
  const { snapshot, now, forecast, progress } = room;
  const activity = useRecentActivity(snapshot.id, room.hub, room.status, 2);
  const live = liveLook[room.status];
  // A window of the plan around now, big enough to read; the rest is counted, not squeezed in.
  // How many rows fit is measured, not guessed: a 26 px row is still readable from across the room.
  const { ref: chartRef, ...chart } = useElementSize<HTMLDivElement>(960);
  const { rows, before, after } = rowWindow(
    room.rows,
    chart.height > 0 ? Math.max(3, Math.min(16, Math.floor((chart.height - 34) / 26))) : 12,
  );
  // Two running steps leave room for two next ones; the column never grows past the screen.
  const running = room.running.slice(0, 2);
  const nextUp = room.nextUp.slice(0, running.length > 1 ? 2 : 3);
  const clock = (timeZone: string) =>
    new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone }).format(now);
  const zoneLabel = (timeZone: string) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })
      .formatToParts(now)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;

  return (
    <div
      data-testid="wall-screen"
      data-scheme="dark"
      style={{ colorScheme: "dark" }}
      className="min-h-dvh overflow-x-hidden bg-slate-950 text-slate-100 lg:h-dvh lg:overflow-hidden"
    >
      <main
        id="main"
        className="mx-auto flex h-full min-w-0 max-w-[2400px] flex-col gap-4 p-4 sm:p-[1.4vw] lg:grid lg:grid-rows-[auto_auto_minmax(0,1fr)_auto] lg:gap-[1.1vw]"
      >
        <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <div className="min-w-0">
            <h1 className="truncate text-[clamp(1.4rem,2.2vw,3rem)] font-bold tracking-tight text-white">
              {snapshot.name}
            </h1>
            <p className="truncate text-[clamp(0.9rem,1.2vw,1.5rem)] text-slate-400">
              {snapshot.system && `${snapshot.system} · `}
              {phaseWords(room.phase, (name) => phaseTitle(name, snapshot.steps, snapshot.goLiveAt, snapshot.timezone))}
            </p>
          </div>
          <div className="flex items-center gap-[1.5vw]">
            {secondZone && secondZone !== snapshot.timezone && (
              <p className="text-right leading-tight" data-testid="wall-second-clock">
                <span
                  className="block text-[clamp(1rem,1.6vw,2.2rem)] font-semibold tabular-nums text-slate-300"
                  suppressHydrationWarning
                >
                  {clock(secondZone).slice(0, 5)}
                </span>
                <span className="block text-[clamp(0.75rem,0.9vw,1.2rem)] text-slate-400" suppressHydrationWarning>
                  {zoneLabel(secondZone)}
                </span>
              </p>
            )}
            <p className="text-right leading-tight" data-testid="wall-clock">
              <span
                className="block text-[clamp(1.4rem,2.4vw,3.2rem)] font-semibold tabular-nums text-slate-100"
                suppressHydrationWarning
              >
                <span className="sr-only">Time now </span>
                {clock(snapshot.timezone)}
              </span>
              <span className="block text-[clamp(0.75rem,0.9vw,1.2rem)] text-slate-400" suppressHydrationWarning>
                {zoneLabel(snapshot.timezone)}
              </span>
            </p>
            <p
              data-testid="live-status"
              data-status={room.status}
              role="status"
              className={`inline-flex items-center gap-2 rounded-full bg-white/5 px-3 py-1 text-[clamp(0.9rem,1.2vw,1.5rem)] font-semibold ring-1 ring-white/10 ${live.text}`}
            >
              <span className={`h-[0.6em] w-[0.6em] rounded-full ${live.dot}`} aria-hidden />
              {live.label}
            </p>
          </div>
          {/* The rollback alarm must be readable across the room the moment it fires. */}
          <div className="w-full empty:hidden">
            <RollbackAlarmBanner snapshot={snapshot} showLink={false} size="wall" />
          </div>
          <PointOfNoReturnBanner snapshot={snapshot} large className="w-full" />
        </header>

        <div className="grid min-w-0 gap-4 lg:grid-cols-12 lg:gap-[1.1vw] [&>*]:min-w-0">
          <section
            className="rounded-3xl bg-white/[0.04] px-5 py-4 ring-1 ring-white/10 sm:px-[1.4vw] sm:py-[1vw] lg:col-span-4"
            aria-label="Countdown"
          >
            <Countdown target={room.target} now={now} timeZone={snapshot.timezone} variant="wall" />
          </section>
          <section className="rounded-3xl lg:col-span-4" aria-label="Forecast">
            <ForecastHeadline forecast={forecast} timeZone={snapshot.timezone} size="wall" />
          </section>
          <section
            className="rounded-3xl bg-white/[0.04] px-5 py-4 ring-1 ring-white/10 sm:px-[1.4vw] sm:py-[1vw] lg:col-span-4"
            aria-label="Go / no-go"
          >
            <WallDecision gates={snapshot.gates} timeZone={snapshot.timezone} />
          </section>
        </div>

        <div className="grid min-h-0 min-w-0 gap-4 lg:grid-cols-12 lg:gap-[1.1vw] [&>*]:min-w-0">
          <div className="flex min-h-0 flex-col gap-4 overflow-hidden lg:col-span-5 lg:gap-[1vw]">
            <section aria-label="Running now">
              <h2 className={heading}>Running now</h2>
              <div className="mt-2">
                <RunningSteps steps={running} now={now} timeZone={snapshot.timezone} variant="wall" />
              </div>
            </section>
            <section aria-label="Next up">
              <h2 className={heading}>Next up</h2>
              <div className="mt-2">
                <NextUpSteps steps={nextUp} forecast={forecast} timeZone={snapshot.timezone} variant="wall" />
              </div>
            </section>
          </div>
          <section
            className="flex min-h-0 flex-col overflow-hidden rounded-3xl bg-white/[0.04] p-4 ring-1 ring-white/10 sm:p-[1.1vw] lg:col-span-7"
            aria-label="Timeline"
          >
            <div className="mb-2 flex items-baseline justify-between">
              <h2 className={heading}>Timeline</h2>
              <p className="text-[clamp(0.8rem,1vw,1.3rem)] text-slate-400" data-testid="wall-timeline-summary">
                {room.counts.finished}/{room.counts.total} steps done
                {before > 0 && ` · ${before} earlier not shown`}
                {after > 0 && ` · ${after} more later`}
              </p>
            </div>
            {room.domain && rows.length > 0 ? (
              <div className="min-h-0 flex-1" ref={chartRef}>
                <GanttChart
                  rows={rows}
                  domain={room.domain}
                  now={now}
                  timeZone={snapshot.timezone}
                  goLive={forecast.goLive}
                  window={{ start: snapshot.windowStart, end: snapshot.windowEnd }}
                  variant="wall"
                  fit
                />
              </div>
            ) : (
              <p className="text-slate-500">No scheduled steps yet.</p>
            )}
          </section>
        </div>

        <footer className="grid gap-4 rounded-2xl bg-white/[0.03] px-4 py-3 ring-1 ring-white/5 sm:px-[1.4vw] sm:py-[0.7vw] lg:grid-cols-12 lg:gap-[1.1vw] [&>*]:min-w-0">
          <section aria-label="Online now" className="lg:col-span-3">
            <h2 className="sr-only">Online now</h2>
            <PresenceList people={room.presence} variant="wall" />
          </section>
          <div className="lg:col-span-3">
            <WallChecklist progress={progress} />
          </div>
          <ol
            aria-label="Latest activity"
            className="grid gap-y-1 text-[clamp(0.85rem,1.15vw,1.5rem)] lg:col-span-6"
            data-testid="activity-feed"
          >
            {activity.map((event) => (
              <li
                key={event.seq}
                data-testid="activity-entry"
                data-seq={event.seq}
                className="flex min-w-0 items-baseline gap-3"
              >
                <time dateTime={event.at} className="shrink-0 tabular-nums text-slate-500">
                  {now - Date.parse(event.at) < 3_600_000
                    ? relativePast(event.at, now)
                    : formatTime(event.at, snapshot.timezone)}
                </time>
                <span className="truncate text-slate-300">
                  <span className="font-semibold text-white">{event.actor?.name ?? "The system"}</span>{" "}
                  {describeEvent(event, room.context)}
                </span>
              </li>
            ))}
            {activity.length === 0 && <li className="text-slate-500">No activity yet.</li>}
          </ol>
        </footer>
      </main>
    </div>
  );
}

/** The checklist in one line and a bar: the wall's timeline and decisions need the room more. */
function WallChecklist({ progress }: { progress: WarRoom["progress"] }) {
  return (
    <section aria-label="Checklist progress" data-testid="checklist-progress" data-percent={progress.percent}>
      <p className="flex flex-wrap items-baseline gap-x-[1vw] text-[clamp(0.85rem,1.15vw,1.5rem)] text-slate-300">
        <span className="font-semibold uppercase tracking-widest text-slate-400">Checklist</span>
        <span className="font-bold tabular-nums text-white">{progress.percent}%</span>
        <span className="tabular-nums">
          {progress.complete}/{progress.total}
        </span>
        <span
          className={progress.blocked > 0 ? "font-semibold text-red-400" : ""}
          data-testid="blocked-count"
          data-count={progress.blocked}
        >
          {progress.blocked} blocked
        </span>
        {progress.requiredOpen.length > 0 && (
          <span className="text-amber-300">{progress.requiredOpen.length} required open</span>
        )}
      </p>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-white/10" aria-hidden>
        <div
          className="h-full rounded-full bg-emerald-500 transition-all duration-700"
          style={{ width: `${progress.percent}%` }}
        />
      </div>
    </section>
  );
}
