import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LaunchPresence } from "@/lib/realtime/envelope";
import type { BlockedItem } from "@/lib/checklists/progress";
import { Avatar } from "@/components/ui/avatar";
import { ActivityEntry } from "@/components/activity/activity-entry";
import type { EventContext } from "@/components/activity/describe-event";
import type { ReactNode } from "react";

/** A titled card of the war-room dashboard. */
export function Panel({
  title,
  aside,
  children,
  testId,
  className = "",
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <section
      data-testid={testId}
      aria-label={title}
      className={`min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

/** Who has the launch open right now. */
export function PresenceList({
  people,
  variant = "page",
}: {
  people: LaunchPresence["people"];
  variant?: "page" | "wall";
}) {
  const wall = variant === "wall";
  return (
    <ul
      data-testid="presence"
      data-count={people.length}
      className={`flex flex-wrap gap-1.5 ${wall ? "text-base" : "text-sm"}`}
      aria-label={`${people.length} online`}
    >
      {people.length === 0 && <li className="text-slate-500">Nobody else yet</li>}
      {people.map((person) => (
        <li
          key={person.id}
          data-testid="presence-person"
          className={`inline-flex items-center gap-1.5 rounded-full py-0.5 pl-0.5 pr-2.5 ${wall ? "bg-white/10 text-slate-200" : "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200"}`}
        >
          <span className="relative">
            <Avatar id={person.id} name={person.name} />
            <span
              className="absolute -bottom-0.5 -right-0.5 h-2 w-2 rounded-full bg-emerald-500 ring-2 ring-white dark:ring-slate-900"
              aria-hidden
            />
          </span>
          {person.name}
        </li>
      ))}
    </ul>
  );
}

/** Blocked checklist items with the reason each is stuck. */
export function BlockedList({
  items,
  sectionTitle,
}: {
  items: BlockedItem[];
  sectionTitle: (id: string) => string | undefined;
}) {
  if (items.length === 0) return <p className="text-sm text-emerald-700 dark:text-emerald-400">Nothing is blocked.</p>;
  return (
    <ul className="space-y-2" data-testid="blocked-list">
      {items.map((item) => (
        <li
          key={item.id}
          data-testid="blocked-entry"
          className="rounded-lg border-l-4 border-red-500 bg-red-50 px-3 py-2 text-sm dark:bg-red-950/40"
        >
          <p className="font-medium text-red-900 dark:text-red-100">{item.title}</p>
          <p className="text-red-800/90 dark:text-red-200/90">{item.reason || "No reason given"}</p>
          {sectionTitle(item.sectionId) && (
            <p className="mt-0.5 text-xs text-red-700/70 dark:text-red-300/70">{sectionTitle(item.sectionId)}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The latest changes, newest first (the feed's own entry look). */
export function RecentActivity({
  events,
  context,
  timeZone,
  now,
}: {
  events: LaunchEvent[];
  context: EventContext;
  timeZone: string;
  now: number;
}) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No activity yet.</p>;
  return (
    <ol className="-mx-4 -mb-4 divide-y divide-slate-100 dark:divide-slate-800" data-testid="activity-feed">
      {events.map((event) => (
        <ActivityEntry key={event.seq} event={event} context={context} timeZone={timeZone} now={now} />
      ))}
    </ol>
  );
}
