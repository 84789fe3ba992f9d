"use client";

import { useMemo, useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { launchProgress } from "@/lib/checklists/progress";
import { nextMilestone } from "@/lib/timeline/next-milestone";
import { ganttDomain, ganttRows } from "@/lib/timeline/gantt-layout";
import { currentPhase, nextUpSteps, runningSteps, stepCounts } from "@/lib/timeline/war-room";
import { createEventHub } from "@/components/activity/event-hub";
import type { EventContext } from "@/components/activity/describe-event";
import { useLiveClock } from "@/components/timeline/use-live-clock";
import { useTimelineForecast } from "@/components/timeline/use-timeline-forecast";

const parse = (iso: string | null) => (iso ? Date.parse(iso) : null);

/** Everything the war-room screens show, from the live snapshot and the server-corrected 1 s clock. */
export function useWarRoom(initial: LaunchSnapshot, renderedAt: number) {
  const [hub] = useState(createEventHub);
  const { snapshot, status, presence } = useLaunchLive(initial, { onEvent: hub.emit });
  const now = useLiveClock(renderedAt);
  const forecast = useTimelineForecast(snapshot, now);
  const progress = useMemo(() => launchProgress(snapshot.sections), [snapshot.sections]);
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
