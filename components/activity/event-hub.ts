import type { LaunchEvent } from "@/lib/realtime/envelope";

export type EventHub = {
  emit: (event: LaunchEvent) => void;
  subscribe: (listener: (event: LaunchEvent) => void) => () => void;
};

/** Fans the live events the page applies out to whoever shows them (the feed, the announcer). */
export function createEventHub(): EventHub {
  const listeners = new Set<(event: LaunchEvent) => void>();
  return {
    emit: (event) => listeners.forEach((listener) => listener(event)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
