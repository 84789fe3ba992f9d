"use client";

import { useNow } from "@/components/ui/use-now";
import { useServerClock } from "@/lib/realtime/use-server-clock";

/**
 * The server's time, refreshed every `everyMs`: what decides when a checkpoint or a message is due on
 * every screen alike. Until the browser has a clock of its own it is the page's render time, so the
 * first render matches the server's.
 */
export function useLaunchClock(renderedAt: number, everyMs = 15_000): number {
  const tick = useNow(everyMs);
  const { offsetMs } = useServerClock();
  return tick === null ? renderedAt : tick + offsetMs;
}
