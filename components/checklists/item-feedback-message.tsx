"use client";

import { useChecklist, useLaunchPart } from "@/components/checklists/checklist-context";
import { useItemFeedback } from "@/components/checklists/use-checklist-actions";
import { formatTime } from "@/lib/time/zoned";

/** Why this person's last change to the item did not land, and what they can do about it. */
export function ItemFeedbackMessage({ itemId }: { itemId: string }) {
  const { actions } = useChecklist();
  const entry = useItemFeedback(actions, itemId);
  const timezone = useLaunchPart((snapshot) => snapshot.timezone);
  if (!entry) return null;

  const dismiss = (
    <button
      type="button"
      onClick={() => actions.dismissFeedback(itemId)}
      className="rounded px-1.5 py-0.5 text-xs font-medium hover:bg-black/5 dark:hover:bg-white/10"
    >
      Dismiss
    </button>
  );

  if (entry.kind === "error") {
    return (
      <div
        role="alert"
        data-testid="item-error"
        className="mt-2 flex items-start gap-2 rounded-md bg-red-50 px-2.5 py-1.5 text-sm text-red-800 ring-1 ring-inset ring-red-200 dark:bg-red-950/60 dark:text-red-200 dark:ring-red-900"
      >
        <span className="flex-1">{entry.message}</span>
        {dismiss}
      </div>
    );
  }
  return (
    <div
      role="alert"
      data-testid="item-conflict"
      className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-2.5 py-1.5 text-sm text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-950/60 dark:text-amber-100 dark:ring-amber-900"
    >
      <span className="min-w-0 flex-1">
        {entry.by ?? "Someone"} changed this at {formatTime(entry.at, timezone)} — your change was not saved.
      </span>
      <button
        type="button"
        data-testid="apply-mine-again"
        onClick={() => actions.applyMineAgain(itemId)}
        className="rounded-md bg-amber-600 px-2 py-0.5 text-xs font-semibold text-white hover:bg-amber-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-400"
      >
        Apply mine again
      </button>
      {dismiss}
    </div>
  );
}
