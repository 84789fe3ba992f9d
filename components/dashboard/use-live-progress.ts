"use client";

import { useCallback, useRef, useState } from "react";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LaunchProgress } from "@/lib/checklists/progress";
import { callApi } from "@/lib/api/client";
import { getLaunchProgressRoute } from "@/lib/api/routes/checklist";

/** Events that change what the checklist's progress counts. */
const changesProgress = (event: LaunchEvent) => event.type.startsWith("item.") || event.type.startsWith("section.");

/**
 * The checklist's progress for screens that show counts, not items (war room, wall): the server's
 * answer at page load, fetched again at once after a checklist event. Events arriving while a fetch is
 * on its way make one more fetch when it returns (a burst of ticks costs two requests, not one each).
 * `onEvent` is for useLaunchLive.
 */
export function useLiveProgress(launchId: string, initial: LaunchProgress) {
  const [progress, setProgress] = useState(initial);
  const fetching = useRef(false);
  const again = useRef(false);

  const onEvent = useCallback(
    (event: LaunchEvent) => {
      if (!changesProgress(event)) return;
      if (fetching.current) {
        again.current = true;
        return;
      }
      fetching.current = true;
      void (async () => {
        try {
          do {
            again.current = false;
            const answer = await callApi(getLaunchProgressRoute, { params: { launchId } });
            if (answer.ok) setProgress(answer.body);
          } while (again.current);
        } finally {
          fetching.current = false;
        }
      })();
    },
    [launchId],
  );
  return { progress, onEvent };
}
