"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const unknownOnServer = () => null;

/**
 * The viewer's own time zone, or null while the server renders and the page hydrates: the server
 * cannot know it, and guessing (its own zone) is what made the HTML and the first client render
 * disagree (React #418). Screens show the launch's zone first and add the viewer's after hydration.
 */
export function useViewerZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, unknownOnServer);
}
