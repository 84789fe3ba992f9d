"use client";

import { useEffect, useRef, useState } from "react";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LiveStatus } from "@/lib/realtime/use-launch-live";
import type { EventHub } from "@/components/activity/event-hub";
import { apiRequest } from "@/lib/api/client";

/** Newest first, one per seq, never more than `limit`: a wall screen can run all night without growing. */
const mergeBounded = (incoming: LaunchEvent[], current: LaunchEvent[], limit: number) =>
  [...new Map([...incoming, ...current].map((event) => [event.seq, event])).values()]
    .sort((a, b) => b.seq - a.seq)
    .slice(0, limit);

/**
 * The latest `limit` events: one page from the server, then live events as the page applies them.
 * After a reconnect the page is fetched again, so nothing missed while offline is left out.
 */
export function useRecentActivity(launchId: string, hub: EventHub, status: LiveStatus, limit: number) {
  const [events, setEvents] = useState<LaunchEvent[]>([]);
  const wasLive = useRef(false);

  useEffect(() => {
    const becameLive = status === "live" && !wasLive.current;
    wasLive.current = status === "live";
    if (!becameLive) return;
    let cancelled = false;
    void apiRequest<{ events: LaunchEvent[] }>("GET", `/api/launches/${launchId}/activity?limit=${limit}`).then(
      (answer) => {
        if (!cancelled && answer.ok) setEvents((current) => mergeBounded(answer.body.events, current, limit));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [launchId, status, limit]);

  useEffect(
    () => hub.subscribe((event) => setEvents((current) => mergeBounded([event], current, limit))),
    [hub, limit],
  );

  return events;
}
