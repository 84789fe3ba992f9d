"use client";

import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { EventHub } from "@/components/activity/event-hub";
import type { EventContext } from "@/components/activity/describe-event";
import { useActivityFeed, type ActivityFilters } from "@/components/activity/use-activity-feed";
import { ActivityFiltersBar } from "@/components/activity/activity-filters";
import { ActivityEntry } from "@/components/activity/activity-entry";

/** Who changed what, newest first, live; filterable by person, section and kind of change. */
export function ActivityPanel({
  snapshot,
  hub,
  context,
  now,
}: {
  snapshot: LaunchSnapshot;
  hub: EventHub;
  context: EventContext;
  now: number | null;
}) {
  const [filters, setFilters] = useState<ActivityFilters>({ actorId: "", sectionId: "", type: "" });
  const feed = useActivityFeed(snapshot.id, filters, hub);

  return (
    <section
      aria-labelledby="activity-heading"
      data-testid="activity-panel"
      className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="activity-heading" className="sr-only">
        Activity
      </h2>
      <ActivityFiltersBar
        filters={filters}
        onChange={setFilters}
        members={snapshot.members}
        sections={snapshot.sections}
      />
      {feed.error && (
        <p
          role="alert"
          className="m-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {feed.error}
        </p>
      )}
      <ol className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="activity-feed">
        {feed.events.map((event) => (
          <ActivityEntry key={event.seq} event={event} context={context} timeZone={snapshot.timezone} now={now} />
        ))}
      </ol>
      {!feed.loading && feed.events.length === 0 && !feed.error && (
        <p className="px-4 py-8 text-center text-sm text-slate-500">No activity matches.</p>
      )}
      <div className="border-t border-slate-100 p-3 text-center dark:border-slate-800">
        {feed.loading ? (
          <span className="text-sm text-slate-500">Loading…</span>
        ) : (
          feed.hasMore && (
            <button
              type="button"
              data-testid="activity-load-older"
              onClick={() => void feed.loadOlder()}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-950"
            >
              Load older
            </button>
          )
        )}
      </div>
    </section>
  );
}
