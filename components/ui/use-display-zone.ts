"use client";

import { useCallback, useSyncExternalStore } from "react";
import { useViewerZone } from "@/components/ui/use-viewer-zone";

export type ZoneChoice = "launch" | "mine";

// Remembered in this browser for every launch: a sponsor abroad sets it once.
const KEY = "launch-control:time-zone";
const CHANGED = "launch-control:time-zone-changed";

const read = (): ZoneChoice => (window.localStorage.getItem(KEY) === "mine" ? "mine" : "launch");
// The server cannot read the choice: it renders the launch's zone, and the browser switches after hydration.
const onServer = (): ZoneChoice => "launch";
const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
};

/** The zone this viewer sees times in: the launch's, or their browser's when they chose it. */
export function useDisplayZone(launchZone: string) {
  const choice = useSyncExternalStore(subscribe, read, onServer);
  const viewerZone = useViewerZone();
  const choose = useCallback((next: ZoneChoice) => {
    window.localStorage.setItem(KEY, next);
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  const zone = choice === "mine" && viewerZone ? viewerZone : launchZone;
  return { zone, choice, choose, viewerZone, launchZone };
}
