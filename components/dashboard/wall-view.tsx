"use client";

import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { LiveStatus } from "@/lib/realtime/use-launch-live";
import { rowsAroundNow } from "@/lib/timeline/gantt-layout";
import { describeEvent } from "@/components/activity/describe-event";
import { formatTime, relativePast } from "@/components/checklists/zoned-time";
import { ForecastHeadline } from "@/components/timeline/forecast-headline";
import { useWarRoom } from "@/components/dashboard/use-war-room";
import { useRecentActivity } from "@/components/dashboard/use-recent-activity";
import { useWakeLock } from "@/components/dashboard/use-wake-lock";
import { Countdown } from "@/components/dashboard/countdown";
import { GanttChart } from "@/components/dashboard/gantt-chart";
import { NextUpSteps, RunningSteps } from "@/components/dashboard/running-steps";
import { ChecklistProgress } from "@/components/dashboard/checklist-progress";
import { phaseWords } from "@/components/dashboard/dashboard-view";

const liveLook: Record<LiveStatus, { label: string; dot: string; text: string }> = {
  connecting: { label: "Connecting…", dot: "bg-amber-400", text: "text-amber-300" },
  live: { label: "Live", dot: "bg-emerald-400", text: "text-emerald-300" },
  offline: { label: "Reconnecting…", dot: "bg-red-500 animate-pulse", text: "text-red-300" },
  refused: { label: "Not allowed", dot: "bg-slate-500", text: "text-slate-300" },
};

const heading = "text-[clamp(0.9rem,1.25vw,1.6rem)] font-semibold uppercase tracking-widest text-slate-400";

/**
 * The wall screen: read across a room, needs no hands, runs all night. Everything on it is bounded
 * (a fixed number of activity lines, Gantt rows and next steps); the live hook reconnects and
 * catches up by itself, the clock re-syncs with the server, one 1 s timer drives the countdown.
 */
export function WallView({ initial, renderedAt }: { initial: LaunchSnapshot; renderedAt: number }) {
  useWakeLock();
  const room = useWarRoom(initial, renderedAt);
  const { snapshot, now, forecast, progress } = room;
  const activity = useRecentActivity(snapshot.id, room.hub, room.status, 4);
  const live = liveLook[room.status];
  const rows = rowsAroundNow(room.rows, 14);

  return (
    <div data-testid="wall-screen" data-scheme="dark" style={{ colorScheme: "dark" }} className="min-h-dvh overflow-x-hidden bg-slate-950 text-slate-100 lg:h-dvh lg:overflow-hidden">
      <main id="main" className="mx-auto flex h-full min-w-0 max-w-[2400px] flex-col gap-4 p-4 sm:p-[1.4vw] lg:grid lg:grid-rows-[auto_auto_minmax(0,1fr)_auto] lg:gap-[1.1vw]">
        <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <div className="min-w-0">
            <h1 className="truncate text-[clamp(1.4rem,2.2vw,3rem)] font-bold tracking-tight text-white">{snapshot.name}</h1>
            <p className="truncate text-[clamp(0.9rem,1.2vw,1.5rem)] text-slate-400">
              {snapshot.system && `${snapshot.system} · `}
              {phaseWords(room.phase)}
            </p>
          </div>
          <div className="flex items-center gap-[1.5vw]">
            <p className="text-[clamp(1.4rem,2.4vw,3.2rem)] font-semibold tabular-nums text-slate-200" suppressHydrationWarning aria-label="Time now">
              {new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: snapshot.timezone }).format(now)}
            </p>
            <p data-testid="live-status" data-status={room.status} role="status" className={`inline-flex items-center gap-2 rounded-full bg-white/5 px-3 py-1 text-[clamp(0.9rem,1.2vw,1.5rem)] font-semibold ring-1 ring-white/10 ${live.text}`}>
              <span className={`h-[0.6em] w-[0.6em] rounded-full ${live.dot}`} aria-hidden />
              {live.label}
            </p>
          </div>
          {/* The rollback alarm must be readable across the room the moment it fires. */}
          <div className="w-full empty:hidden">
            <RollbackAlarmBanner snapshot={snapshot} showLink={false} />
          </div>
        </header>

        <div className="grid min-w-0 gap-4 lg:grid-cols-12 lg:gap-[1.1vw] [&>*]:min-w-0">
          <section className="rounded-3xl bg-white/[0.04] p-5 ring-1 ring-white/10 sm:p-[1.4vw] lg:col-span-5" aria-label="Countdown">
            <Countdown target={room.target} now={now} timeZone={snapshot.timezone} variant="wall" />
          </section>
          <section className="rounded-3xl lg:col-span-4" aria-label="Forecast">
            <ForecastHeadline forecast={forecast} timeZone={snapshot.timezone} size="wall" />
          </section>
          <section className="rounded-3xl bg-white/[0.04] p-5 ring-1 ring-white/10 sm:p-[1.4vw] lg:col-span-3" aria-label="Checklist progress">
            <ChecklistProgress progress={progress} variant="wall" />
          </section>
        </div>

        <div className="grid min-h-0 min-w-0 gap-4 lg:grid-cols-12 lg:gap-[1.1vw] [&>*]:min-w-0">
          <div className="flex min-h-0 flex-col gap-4 overflow-hidden lg:col-span-5 lg:gap-[1vw]">
            <section aria-label="Running now">
              <h2 className={heading}>Running now</h2>
              <div className="mt-2">
                <RunningSteps steps={room.running.slice(0, 2)} now={now} timeZone={snapshot.timezone} variant="wall" />
              </div>
            </section>
            <section aria-label="Next up">
              <h2 className={heading}>Next up</h2>
              <div className="mt-2">
                <NextUpSteps steps={room.nextUp} forecast={forecast} timeZone={snapshot.timezone} variant="wall" />
              </div>
            </section>
          </div>
          <section className="flex min-h-0 flex-col overflow-hidden rounded-3xl bg-white/[0.04] p-4 ring-1 ring-white/10 sm:p-[1.1vw] lg:col-span-7" aria-label="Timeline">
            <div className="mb-2 flex items-baseline justify-between">
              <h2 className={heading}>Timeline</h2>
              <p className="text-[clamp(0.8rem,1vw,1.3rem)] text-slate-500">
                {room.counts.finished}/{room.counts.total} steps done
              </p>
            </div>
            {room.domain && rows.length > 0 ? (
              <div className="min-h-0 flex-1">
                <GanttChart rows={rows} domain={room.domain} now={now} timeZone={snapshot.timezone} goLive={forecast.goLive} window={{ start: snapshot.windowStart, end: snapshot.windowEnd }} variant="wall" fit />
              </div>
            ) : (
              <p className="text-slate-500">No scheduled steps yet.</p>
            )}
          </section>
        </div>

        <footer className="rounded-2xl bg-white/[0.03] px-4 py-3 ring-1 ring-white/5 sm:px-[1.4vw] sm:py-[0.7vw]" aria-label="Latest activity">
          <ol className="grid gap-x-[2vw] gap-y-1 text-[clamp(0.85rem,1.15vw,1.5rem)] md:grid-cols-2" data-testid="activity-feed">
            {activity.map((event) => (
              <li key={event.seq} data-testid="activity-entry" data-seq={event.seq} className="flex min-w-0 items-baseline gap-3">
                <time dateTime={event.at} className="shrink-0 tabular-nums text-slate-500">
                  {now - Date.parse(event.at) < 3_600_000 ? relativePast(event.at, now) : formatTime(event.at, snapshot.timezone)}
                </time>
                <span className="truncate text-slate-300">
                  <span className="font-semibold text-white">{event.actor?.name ?? "The system"}</span> {describeEvent(event, room.context)}
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
