"use client";

import { useMemo, useState } from "react";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LaunchSummary } from "@/lib/launches/summarise-launch";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { useLiveProgress } from "@/components/dashboard/use-live-progress";
import { nextMilestone } from "@/lib/timeline/next-milestone";
import { ganttDomain, ganttRows } from "@/lib/timeline/gantt-layout";
import { currentPhase, nextUpSteps, runningSteps, stepCounts } from "@/lib/timeline/war-room";
import { createEventHub } from "@/components/activity/event-hub";
import type { EventContext } from "@/components/activity/describe-event";
import { useLiveClock } from "@/components/timeline/use-live-clock";
import { useTimelineForecast } from "@/components/timeline/use-timeline-forecast";

const parse = (iso: string | null) => (iso ? Date.parse(iso) : null);

/**
 * Everything the war-room screens show, from the live launch summary (no checklist items: the
 * checklist's progress comes from the server) and the server-corrected 1 s clock.
 */
export function useWarRoom(initial: LaunchSummary, renderedAt: number) {
  const [hub] = useState(createEventHub);
  const { progress, onEvent: refreshProgress } = useLiveProgress(initial.snapshot.id, initial.progress);
  const [onEvent] = useState(() => (event: LaunchEvent) => {
    hub.emit(event);
    refreshProgress(event);
  });
  const { snapshot, status, presence } = useLaunchLive(initial.snapshot, { onEvent });
  const now = useLiveClock(renderedAt);
  const forecast = useTimelineForecast(snapshot, now);
  const rows = ganttRows(snapshot.steps, forecast, snapshot.goLiveAt, now);
  const domain = ganttDomain(
    rows,
    [
      parse(snapshot.windowStart),
      parse(snapshot.windowEnd),
      parse(forecast.goLive.planned),
      parse(forecast.goLive.forecast),
    ],
    now,
  );
  const context: EventContext = useMemo(() => {
    const items = new Map(snapshot.sections.flatMap((section) => section.items).map((item) => [item.id, item.title]));
    const sections = new Map(snapshot.sections.map((section) => [section.id, section.title]));
    return { sectionTitle: (id) => sections.get(id), itemTitle: (id) => items.get(id) };
  }, [snapshot.sections]);
  return {
    snapshot,
    status,
    presence,
    hub,
    now,
    forecast,
    progress,
    rows,
    domain,
    context,
    target: nextMilestone(snapshot, forecast, now),
    phase: currentPhase(snapshot.steps),
    running: runningSteps(snapshot.steps),
    nextUp: nextUpSteps(snapshot.steps, forecast, 3),
    counts: stepCounts(snapshot.steps),
  };
}

export type WarRoom = ReturnType<typeof useWarRoom>;
