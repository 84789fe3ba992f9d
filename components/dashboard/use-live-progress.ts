"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LaunchProgress } from "@/lib/checklists/progress";
import { callApi } from "@/lib/api/client";
import { getLaunchProgressRoute } from "@/lib/api/routes/checklist";

// A burst of ticks (a pipeline, several people) becomes one request; still well within a second.
const REFRESH_AFTER_MS = 250;

/** Events that change what the checklist's progress counts. */
const changesProgress = (event: LaunchEvent) => event.type.startsWith("item.") || event.type.startsWith("section.");

/**
 * The checklist's progress for screens that show counts, not items (war room, wall): the server's
 * answer at page load, refreshed shortly after checklist events. `onEvent` is for useLaunchLive.
 */
export function useLiveProgress(launchId: string, initial: LaunchProgress) {
  const [progress, setProgress] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Answers can cross: only the newest request's answer is shown.
  const latestRequest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latestRequest.current;
    const answer = await callApi(getLaunchProgressRoute, { params: { launchId } });
    if (answer.ok && request === latestRequest.current) setProgress(answer.body);
  }, [launchId]);

  const onEvent = useCallback(
    (event: LaunchEvent) => {
      if (!changesProgress(event)) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void refresh(), REFRESH_AFTER_MS);
    },
    [refresh],
  );
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return { progress, onEvent };
}
