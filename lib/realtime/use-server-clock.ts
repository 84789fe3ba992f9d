"use client";

import { useEffect, useState } from "react";
import { bestOffset, clockOffset } from "@/lib/realtime/clock-offset";
import { watchWake } from "@/lib/realtime/watch-wake";

const SAMPLES = 5;
const RESYNC_MS = 10 * 60_000;

/**
 * The server's time as this screen should show it: samples /api/time a few times, keeps the offset of
 * the fastest round trip, and re-syncs every 10 minutes (wall screens run for hours). `now()` is
 * Date.now() corrected by that offset, so every screen counts down to the same second.
 */
export function useServerClock() {
  const [offsetMs, setOffsetMs] = useState(0);
  const [synced, setSynced] = useState(false);

  useEffect(() => {
    let cancelled = false;
    async function sync() {
      const samples = [];
      for (let i = 0; i < SAMPLES && !cancelled; i++) {
        const sentAt = Date.now();
        const response = await fetch("/api/time", { cache: "no-store" }).catch(() => null);
        const receivedAt = Date.now();
        if (!response?.ok) continue;
        const { now } = (await response.json()) as { now: string };
        samples.push(clockOffset(sentAt, Date.parse(now), receivedAt));
      }
      if (!cancelled && samples.length > 0) {
        setOffsetMs(bestOffset(samples));
        setSynced(true);
      }
    }
    void sync();
    const timer = setInterval(() => void sync(), RESYNC_MS);
    // After sleep the machine's clock may have been corrected meanwhile: measure again.
    const stopWatching = watchWake((reason) => reason !== "visible" && void sync());
    return () => {
      cancelled = true;
      clearInterval(timer);
      stopWatching();
    };
  }, []);

  return { offsetMs, synced, now: () => Date.now() + offsetMs };
}
