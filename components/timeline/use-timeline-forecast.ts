"use client";

import { useMemo } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { buildTimelineForecast, type TimelineForecast } from "@/lib/timeline/timeline-forecast";

const noForecast = (now: number): TimelineForecast => ({
  now: new Date(now).toISOString(),
  steps: {},
  unscheduled: [],
  criticalPath: [],
  goLive: { planned: null, forecast: null, varianceMinutes: null, stepId: null },
  finish: null,
  calibration: null,
});

/** The forecast every screen computes from the same steps and the server-corrected clock. */
export function useTimelineForecast(
  snapshot: Pick<LaunchSnapshot, "steps" | "goLiveAt">,
  now: number,
): TimelineForecast {
  const { steps, goLiveAt } = snapshot;
  return useMemo(() => {
    try {
      return buildTimelineForecast(steps, goLiveAt, new Date(now));
    } catch {
      // The server refuses circular predecessors; should a stale mix of events ever form one, show no forecast.
      return noForecast(now);
    }
  }, [steps, goLiveAt, now]);
}
