import type { LaunchEvent } from "@/lib/realtime/envelope";
import { Avatar } from "@/components/ui/avatar";
import { actorOrSystem } from "@/lib/audit/system-actor";
import { describeEvent, eventFamily, type EventContext } from "@/components/activity/describe-event";
import { formatDayTime, formatTime, relativePast } from "@/lib/time/zoned";

const familyDot = {
  launch: "bg-violet-500",
  member: "bg-amber-500",
  section: "bg-slate-400",
  item: "bg-sky-500",
  step: "bg-indigo-500",
  gate: "bg-fuchsia-500",
  ack: "bg-teal-500",
  metric: "bg-cyan-500",
  trigger: "bg-red-500",
  checkpoint: "bg-emerald-600",
  metrics: "bg-cyan-400",
  incident: "bg-rose-600",
  communication: "bg-lime-500",
  channel: "bg-orange-500",
  delivery: "bg-orange-400",
  status_page: "bg-teal-600",
  probe: "bg-cyan-600",
};
const statusDot: Record<string, string> = {
  done: "bg-emerald-500",
  blocked: "bg-red-500",
  not_applicable: "bg-slate-400",
  in_progress: "bg-sky-500",
  todo: "bg-slate-300",
};

function dotFor(event: LaunchEvent) {
  if (event.type === "item.updated" && event.data.changes.status)
    return statusDot[event.data.item.status] ?? familyDot.item;
  if (event.type.endsWith(".deleted")) return "bg-red-400";
  return familyDot[eventFamily(event.type)];
}

export function ActivityEntry({
  event,
  context,
  timeZone,
  now,
}: {
  event: LaunchEvent;
  context: EventContext;
  timeZone: string;
  now: number | null;
}) {
  const actor = actorOrSystem(event.actor);
  const sectionId = (event.data as { sectionId?: string }).sectionId;
  const section = sectionId ? context.sectionTitle(sectionId) : undefined;
  const { origin, token } = event as {
    origin?: { ip: string; userAgent: string };
    token?: { id: string; name: string };
  };
  return (
    <li
      data-testid="activity-entry"
      data-seq={event.seq}
      data-type={event.type}
      data-actor={actor.id}
      className="flex gap-3 px-4 py-3"
    >
      <div className="relative mt-0.5">
        <Avatar id={actor.id} name={actor.name} size="md" />
        <span
          className={`absolute -bottom-0.5 -right-0.5 h-2.5 w-2.5 rounded-full ring-2 ring-white dark:ring-slate-900 ${dotFor(event)}`}
          aria-hidden
        />
      </div>
      <div className="min-w-0 flex-1">
        <p className="break-words text-sm">
          <span className="font-semibold">{actor.name}</span> {describeEvent(event, context)}
        </p>
        <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
          <time dateTime={event.at} title={formatDayTime(event.at, timeZone, true)} suppressHydrationWarning>
            {now !== null && now - new Date(event.at).getTime() < 3_600_000
              ? relativePast(event.at, now)
              : formatTime(event.at, timeZone)}
          </time>
          {section && <span> · {section}</span>}
          {origin && (
            <span title={origin.userAgent} data-testid="activity-origin">
              {" "}
              · from {origin.ip}
            </span>
          )}
          {token && <span data-testid="activity-token"> · via token {token.name}</span>}
        </p>
      </div>
    </li>
  );
}
