"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, LaunchEvent, LaunchPresence, ServerToClientEvents } from "@/lib/realtime/envelope";
import { applyPresenceDelta } from "@/lib/realtime/presence-delta";
import { classifyEvent } from "@/lib/realtime/event-sequence";
import { applyLaunchEvent } from "@/lib/launches/apply-launch-event";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";

export type LiveStatus = "connecting" | "live" | "offline" | "refused";

/**
 * Keeps a launch snapshot current: joins the launch's room, applies events in seq order, ignores
 * duplicates, and catches up over HTTP (the events after its seq) after a reconnect or when it sees a
 * gap — with several instances, an event from one can overtake an earlier one from another.
 * All work is queued so events are never applied out of order. `onEvent` hears each event once, after
 * it was applied (live or caught up), e.g. for an activity feed.
 */
export function useLaunchLive(initial: LaunchSnapshot, options: { onEvent?: (event: LaunchEvent) => void } = {}) {
  const [snapshot, setSnapshot] = useState(initial);
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [presence, setPresence] = useState<LaunchPresence["people"]>([]);
  const latest = useRef(initial);
  const launchId = initial.id;
  // The latest listener, without re-joining the room when a caller passes a new function.
  const onEvent = useRef(options.onEvent);
  useEffect(() => {
    onEvent.current = options.onEvent;
  });

  const commit = useCallback((next: LaunchSnapshot) => {
    latest.current = next;
    setSnapshot(next);
  }, []);

  /** For a change this client made itself: show the server's answer now, the event follows. */
  const update = useCallback((change: (current: LaunchSnapshot) => LaunchSnapshot) => commit(change(latest.current)), [commit]);

  useEffect(() => {
    let queue = Promise.resolve();
    const enqueue = (task: () => Promise<void>) => {
      queue = queue.then(task).catch(() => refetchSnapshot());
    };

    const refetchSnapshot = async () => {
      const response = await fetch(`/api/launches/${launchId}`, { cache: "no-store" });
      if (response.ok) commit((await response.json()) as LaunchSnapshot);
    };

    const applyInOrder = async (events: LaunchEvent[]) => {
      for (const event of events) {
        const decision = classifyEvent(latest.current.seq, event.seq);
        if (decision === "duplicate") continue;
        // The missing events are committed (seq is taken under the launch's lock): fetch just those; the
        // late ones then arrive as duplicates.
        if (decision === "gap") return catchUp();
        commit(applyLaunchEvent(latest.current, event));
        onEvent.current?.(event);
      }
    };

    const catchUp = async () => {
      const response = await fetch(`/api/launches/${launchId}/events?after=${latest.current.seq}`, { cache: "no-store" });
      if (!response.ok) return refetchSnapshot();
      const body = (await response.json()) as { events: LaunchEvent[]; hasMore: boolean };
      await applyInOrder(body.events);
      if (body.hasMore) await refetchSnapshot();
    };

    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ withCredentials: true });
    socket.on("connect", () => {
      socket.emit("launch:join", { launchId }, (ack) => {
        if (!ack.ok) return setStatus("refused");
        setStatus("live");
        if (ack.seq !== latest.current.seq) enqueue(catchUp);
      });
    });
    socket.on("launch:event", (event) => {
      if (event.launchId === launchId) enqueue(() => applyInOrder([event]));
    });
    socket.on("launch:presence", (update) => {
      if (update.launchId === launchId) setPresence(update.people);
    });
    socket.on("launch:presence-delta", (delta) => {
      if (delta.launchId === launchId) setPresence((people) => applyPresenceDelta(people, delta));
    });
    socket.on("disconnect", () => setStatus("offline"));
    socket.on("connect_error", () => setStatus("offline"));
    return () => {
      socket.disconnect();
    };
  }, [launchId, commit]);

  return { snapshot, status, update, presence };
}
