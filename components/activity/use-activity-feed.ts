"use client";

import { useCallback, useEffect, useState } from "react";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { EventHub } from "@/components/activity/event-hub";
import { apiRequest } from "@/lib/api/client";

export type ActivityFilters = { actorId: string; sectionId: string; type: string };
const PAGE = 30;

const matches = (event: LaunchEvent, filters: ActivityFilters) =>
  (!filters.actorId || event.actor?.id === filters.actorId) &&
  (!filters.sectionId || (event.data as { sectionId?: string }).sectionId === filters.sectionId) &&
  (!filters.type || event.type.startsWith(`${filters.type}.`));

/** Newest first, deduplicated by seq (a live event may also arrive in a page). */
const merge = (a: LaunchEvent[], b: LaunchEvent[]) =>
  [...new Map([...a, ...b].map((event) => [event.seq, event])).values()].sort((x, y) => y.seq - x.seq);

/** The activity feed: pages from the server ("Load older"), live events prepended as they are applied. */
export function useActivityFeed(launchId: string, filters: ActivityFilters, hub: EventHub) {
  const [events, setEvents] = useState<LaunchEvent[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const { actorId, sectionId, type } = filters;

  const load = useCallback(
    async (before?: number) => {
      setLoading(true);
      const query = new URLSearchParams({ limit: String(PAGE) });
      if (actorId) query.set("actorId", actorId);
      if (sectionId) query.set("sectionId", sectionId);
      if (type) query.set("type", type);
      if (before) query.set("before", String(before));
      const answer = await apiRequest<{ events: LaunchEvent[] }>("GET", `/api/launches/${launchId}/activity?${query}`);
      setLoading(false);
      if (!answer.ok) return setError(answer.error);
      setError(null);
      setHasMore(answer.body.events.length === PAGE);
      setEvents((current) => merge(before ? current : [], answer.body.events));
    },
    [launchId, actorId, sectionId, type],
  );

  useEffect(() => {
    // Fetching on mount and when the filters change is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  useEffect(
    () =>
      hub.subscribe((event) => {
        if (matches(event, { actorId, sectionId, type })) setEvents((current) => merge([event], current));
      }),
    [hub, actorId, sectionId, type],
  );

  const oldest = events.at(-1)?.seq;
  return { events, hasMore, loading, error, loadOlder: () => oldest && load(oldest) };
}
