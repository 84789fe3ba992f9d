"use client";

import { useId } from "react";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { useChecklist } from "@/components/checklists/checklist-context";
import { needsReason, statusLook, statusOrder, type ItemStatus } from "@/components/checklists/status-look";

const chevron = (
  <svg
    viewBox="0 0 20 20"
    fill="currentColor"
    aria-hidden
    className="pointer-events-none absolute right-1.5 top-1/2 h-3.5 w-3.5 -translate-y-1/2 opacity-60"
  >
    <path
      fillRule="evenodd"
      d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
      clipRule="evenodd"
    />
  </svg>
);

/**
 * All five statuses in one native select (keyboard and phone friendly). Blocked and not applicable
 * first ask why; a parent's status follows its sub-items, so its control is shown but disabled.
 */
export function ItemStatusControl({ item, isParent }: { item: ChecklistItemData; isParent: boolean }) {
  const { canProgress, whyNot, actions, openReason } = useChecklist();
  const hintId = useId();
  const look = statusLook[item.status];
  const pill = `rounded-full py-0.5 pl-2.5 text-xs font-medium ring-1 ring-inset ${look.pill}`;

  if (!canProgress(item)) {
    return (
      <span className="inline-flex flex-wrap items-center gap-1.5">
        <span data-testid="item-status-badge" className={`${pill} inline-flex items-center gap-1.5 pr-2.5`}>
          <span className={`h-1.5 w-1.5 rounded-full ${look.dot}`} aria-hidden />
          {look.label}
        </span>
        {!isParent && whyNot(item) && (
          <span data-testid="item-why-not" className="text-xs text-slate-500 dark:text-slate-400">
            {whyNot(item)}
          </span>
        )}
      </span>
    );
  }

  const change = (status: ItemStatus) => {
    if (status === item.status) return;
    if (needsReason(status)) return openReason(item.id, status as "blocked" | "not_applicable");
    void actions.updateItem(item.id, { status });
  };

  const parentHint = "Follows its sub-items: change their statuses instead.";
  return (
    <span className="relative inline-flex" title={isParent ? parentHint : undefined}>
      <select
        data-testid="item-status"
        tabIndex={-1}
        aria-label={`Status of "${item.title}"`}
        aria-describedby={isParent ? hintId : undefined}
        value={item.status}
        disabled={isParent}
        onChange={(event) => change(event.target.value as ItemStatus)}
        className={`${pill} cursor-pointer appearance-none pr-6 [field-sizing:content] focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 disabled:cursor-not-allowed disabled:opacity-80`}
      >
        {statusOrder.map((status) => (
          <option key={status} value={status}>
            {statusLook[status].label}
          </option>
        ))}
      </select>
      {!isParent && chevron}
      {isParent && (
        <span id={hintId} className="sr-only">
          {parentHint}
        </span>
      )}
    </span>
  );
}
