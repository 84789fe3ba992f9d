"use client";

import { useEffect, useRef, useState } from "react";
import type { EventHub } from "@/components/activity/event-hub";
import { eventSentence, type EventContext } from "@/components/activity/describe-event";

/** Reads other people's changes out to screen readers as they arrive (one's own are already seen). */
export function LiveAnnouncer({ hub, actorId, context }: { hub: EventHub; actorId: string; context: EventContext }) {
  const [message, setMessage] = useState("");
  const latestContext = useRef(context);
  useEffect(() => {
    latestContext.current = context;
  });
  useEffect(
    () =>
      hub.subscribe((event) => {
        if (event.actor?.id !== actorId) setMessage(eventSentence(event, latestContext.current));
      }),
    [hub, actorId],
  );
  return (
    <div aria-live="polite" className="sr-only" data-testid="live-announcer">
      {message}
    </div>
  );
}
