"use client";

import type { ChecklistItemData } from "@/lib/audit/event-types";
import { useLaunchPart, useNowValue } from "@/components/checklists/checklist-context";
import { Avatar } from "@/components/ui/avatar";
import { ClockIcon } from "@/components/ui/icons";
import { formatDayTime, formatTime, relativeDue, relativePast } from "@/lib/time/zoned";
import { isComplete, type ItemStatus } from "@/components/checklists/status-look";

const lastChangeVerb: Record<ItemStatus, string> = {
  todo: "Updated",
  in_progress: "Updated",
  done: "Done",
  blocked: "Blocked",
  not_applicable: "Marked not applicable",
};

/** The quiet line under a title: owner, due time (relative and in the launch's zone), last change. */
export function ItemMeta({ item }: { item: ChecklistItemData }) {
  const now = useNowValue();
  const zone = useLaunchPart((snapshot) => snapshot.timezone);
  const due = item.dueAt && now !== null && !isComplete(item.status) ? relativeDue(item.dueAt, now) : null;

  if (!item.owner && !item.ownerLabel && !item.dueAt && !item.updatedBy) return null;
  return (
    <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-0.5 text-xs text-slate-500 dark:text-slate-400">
      {item.owner ? (
        <span className="inline-flex items-center gap-1" data-testid="item-owner">
          <Avatar id={item.owner.id} name={item.owner.name} />
          {item.owner.name}
        </span>
      ) : item.ownerLabel ? (
        // The plan named an owner who is not on the team (yet): show it as written.
        <span
          className="inline-flex items-center gap-1 italic"
          data-testid="item-owner"
          title="Named in the plan; not a member"
        >
          {item.ownerLabel}
        </span>
      ) : null}
      {item.dueAt && (
        <span
          data-testid="item-due"
          className={`inline-flex items-center gap-1 ${due?.late ? "font-medium text-red-700 dark:text-red-400" : ""}`}
          title={`Due ${formatDayTime(item.dueAt, zone, true)}`}
        >
          <ClockIcon className="h-3.5 w-3.5" />
          {due && <span>{due.label} ·</span>}
          <time dateTime={item.dueAt} suppressHydrationWarning>
            {now !== null && Math.abs(new Date(item.dueAt).getTime() - now) > 12 * 3_600_000
              ? formatDayTime(item.dueAt, zone)
              : formatTime(item.dueAt, zone)}
          </time>
        </span>
      )}
      {item.updatedBy && (
        <span data-testid="item-last-change" title={formatDayTime(item.updatedAt, zone, true)}>
          {lastChangeVerb[item.status]} by {item.updatedBy.name}{" "}
          <time dateTime={item.updatedAt} suppressHydrationWarning>
            {now !== null && now - new Date(item.updatedAt).getTime() < 3_600_000
              ? relativePast(item.updatedAt, now)
              : `at ${formatTime(item.updatedAt, zone)}`}
          </time>
        </span>
      )}
    </div>
  );
}
