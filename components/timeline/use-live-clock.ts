"use client";

import { useEffect, useState } from "react";
import { useServerClock } from "@/lib/realtime/use-server-clock";

/**
 * The server's time, ticking on each full second (so every screen flips its countdown together).
 * Starts from the time the page was rendered with, so the server's HTML and the first client render
 * agree; one timer at a time, cleared on unmount, for screens that run for hours.
 */
export function useLiveClock(renderedAt: number, everyMs = 1000): number {
  const { offsetMs } = useServerClock();
  const [now, setNow] = useState(renderedAt);
  useEffect(() => {
    let timer: number;
    const tick = () => {
      const current = Date.now() + offsetMs;
      setNow(current);
      timer = window.setTimeout(tick, everyMs - (current % everyMs) + 5);
    };
    timer = window.setTimeout(tick, 0);
    return () => window.clearTimeout(timer);
  }, [offsetMs, everyMs]);
  return now;
}
