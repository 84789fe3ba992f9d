"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, LaunchEvent, LaunchPresence, ServerToClientEvents } from "@/lib/realtime/envelope";
import { applyPresenceDelta } from "@/lib/realtime/presence-delta";
import { classifyEvent } from "@/lib/realtime/event-sequence";
import { shown, stillPending, type PendingChange } from "@/lib/realtime/pending-changes";
import { applyLaunchEvent } from "@/lib/launches/apply-launch-event";
import { watchWake } from "@/lib/realtime/watch-wake";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { createStore, useStoreSelector } from "@/lib/realtime/launch-store";

export type LiveStatus = "connecting" | "live" | "offline" | "refused" | "unavailable";
/** Shows a change this client made: with its answer's seq, or without as an optimistic guess; returns its withdrawal. */
export type LiveUpdate = (change: (current: LaunchSnapshot) => LaunchSnapshot, seq?: number | null) => () => void;

// How long an optimistic guess (made before the server answered) is shown at most.
const GUESS_MS = 10_000;
// How long to wait for the event of our own answered change before fetching what was missed.
const OWN_EVENT_WAIT_MS = 1_500;
// socket.io gives up after a refused handshake or a server-side disconnect; we try again after this.
const RETRY_MS = 3_000;

/**
 * Keeps a launch snapshot current: joins the launch's room, applies events in seq order, ignores
 * duplicates, and catches up over HTTP (the missing events) after a reconnect or a gap — with several
 * instances, an event from one can overtake an earlier one from another. All work is queued so events are
 * never applied out of order.
 *
 * The client's own changes go through the same path: `update(change, seq)` shows an answer on top
 * of the confirmed state until the event with that seq is applied (an answer older than what is
 * already confirmed is dropped, so the screen never steps back); `update(change)` without a seq is an
 * optimistic guess shown until the answer comes. `onEvent` hears each event once, after it was applied.
 */
export function useLaunchLive(initial: LaunchSnapshot, options: { onEvent?: (event: LaunchEvent) => void } = {}) {
  const live = useLaunchLiveStore(initial, options);
  const snapshot = useStoreSelector(live.store, (current) => current);
  return { ...live, snapshot };
}

/** As useLaunchLive, but the state stays in a store: each component subscribes to the part it shows. */
export function useLaunchLiveStore(initial: LaunchSnapshot, options: { onEvent?: (event: LaunchEvent) => void } = {}) {
  const [store] = useState(() => createStore(initial));
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [presence, setPresence] = useState<LaunchPresence["people"]>([]);
  const confirmed = useRef(initial);
  const pending = useRef<PendingChange[]>([]);
  const catchUpRef = useRef<() => void>(() => {});
  const launchId = initial.id;
  // The latest listener, without re-joining the room when a caller passes a new function.
  const onEvent = useRef(options.onEvent);
  useEffect(() => {
    onEvent.current = options.onEvent;
  });

  const render = useCallback(() => {
    pending.current = stillPending(pending.current, confirmed.current.seq, Date.now());
    store.set(shown(confirmed.current, pending.current));
  }, [store]);

  const confirm = useCallback(
    (next: LaunchSnapshot) => {
      confirmed.current = next;
      render();
    },
    [render],
  );

  /**
   * A change this client made: with the answer's seq, or (no seq) an optimistic guess. Returns a
   * function that withdraws it (a refused change is visibly rolled back).
   */
  const update: LiveUpdate = useCallback(
    (change, seq) => {
      // An answer replaces the guesses made while it was on its way.
      if (seq != null) pending.current = pending.current.filter((entry) => entry.untilSeq !== null);
      const entry: PendingChange = { change, untilSeq: seq ?? null, expiresAt: Date.now() + GUESS_MS };
      const withdraw = () => {
        pending.current = pending.current.filter((other) => other !== entry);
        render();
      };
      if (seq != null && seq <= confirmed.current.seq) {
        render(); // its event is already applied: nothing newer to show
        return withdraw;
      }
      pending.current = [...pending.current, entry];
      render();
      // Our own event normally arrives within milliseconds; if it does not (socket down), fetch it.
      // A lapsed guess also fetches what was missed, in case the stream is down.
      setTimeout(
        () => {
          if (seq == null || confirmed.current.seq < seq) catchUpRef.current();
          render();
        },
        seq != null ? OWN_EVENT_WAIT_MS : GUESS_MS,
      );
      return withdraw;
    },
    [render],
  );

  useEffect(() => {
    let queue = Promise.resolve();
    const enqueue = (task: () => Promise<void>) => {
      queue = queue.then(task).catch(() => refetchSnapshot());
    };

    const refetchSnapshot = async () => {
      const response = await fetch(`/api/launches/${launchId}`, { cache: "no-store" });
      if (response.status === 503) setStatus("unavailable");
      if (!response.ok) return;
      const fresh = (await response.json()) as LaunchSnapshot;
      if (fresh.seq >= confirmed.current.seq) confirm(fresh);
    };

    const applyInOrder = async (events: LaunchEvent[]) => {
      let next = confirmed.current;
      const applied: LaunchEvent[] = [];
      for (const event of events) {
        const decision = classifyEvent(next.seq, event.seq);
        if (decision === "duplicate") continue;
        if (decision === "gap") {
          if (applied.length > 0) confirm(next);
          applied.forEach((done) => onEvent.current?.(done));
          return catchUp();
        }
        next = applyLaunchEvent(next, event);
        applied.push(event);
      }
      // One render for a batch of caught-up events, not one per event.
      if (applied.length > 0) confirm(next);
      applied.forEach((event) => onEvent.current?.(event));
    };

    // The missing events only (not the whole snapshot, which grows all day); a snapshot only when the
    // server no longer has them all. While the database is away, retry until it is back.
    const catchUp = async (): Promise<void> => {
      const response = await fetch(`/api/launches/${launchId}/events?after=${confirmed.current.seq}`, {
        cache: "no-store",
      });
      if (response.status === 503) {
        setStatus("unavailable");
        setTimeout(() => enqueue(catchUp), 5_000);
        return;
      }
      setStatus((current) => (current === "unavailable" ? (socket.connected ? "live" : "offline") : current));
      if (!response.ok) return refetchSnapshot();
      const body = (await response.json()) as { events: LaunchEvent[]; hasMore: boolean };
      if (body.events.length > 0 && body.events[0]!.seq > confirmed.current.seq + 1) return refetchSnapshot();
      await applyInOrder(body.events);
      if (body.hasMore) await catchUp();
    };
    catchUpRef.current = () => enqueue(catchUp);

    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ withCredentials: true });
    socket.on("connect", () => {
      socket.emit("launch:join", { launchId }, (ack) => {
        if (!ack.ok) return setStatus("refused");
        setStatus((current) => (current === "unavailable" ? current : "live"));
        if (ack.seq !== confirmed.current.seq) enqueue(catchUp);
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
    socket.on("server:health", (health) => {
      if (health.db !== "ok") return setStatus("unavailable");
      // Back: whatever changed while the database was away is fetched, then we are live again.
      setStatus(socket.connected ? "live" : "offline");
      enqueue(catchUp);
    });
    // socket.io reconnects by itself after a lost transport, but not after the server disconnected us or
    // refused the handshake (a restarting server whose database is not up yet): then we retry ourselves.
    let retry: number | undefined;
    const retryLater = () => {
      window.clearTimeout(retry);
      retry = window.setTimeout(() => !socket.active && socket.connect(), RETRY_MS);
    };
    socket.on("disconnect", (reason) => {
      setStatus("offline");
      if (reason === "io server disconnect") retryLater();
    });
    socket.on("connect_error", () => {
      setStatus("offline");
      if (!socket.active) retryLater();
    });
    // Back from sleep, a hidden tab or a network drop: the socket may have died without a word, and
    // events may have been missed either way. Reconnect if needed; a live socket catches up here.
    const stopWatching = watchWake(() => {
      if (!socket.connected) {
        if (!socket.active) socket.connect();
        return; // "connect" re-joins and catches up
      }
      enqueue(catchUp);
    });
    return () => {
      stopWatching();
      window.clearTimeout(retry);
      socket.disconnect();
    };
  }, [launchId, confirm, render]);

  return { store, status, update, presence };
}
