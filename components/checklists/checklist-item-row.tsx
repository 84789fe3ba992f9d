"use client";

import { memo, useCallback } from "react";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { useChecklist } from "@/components/checklists/checklist-context";
import { useDropHint } from "@/components/checklists/drop-hint";
import { ItemStatusControl } from "@/components/checklists/item-status-control";
import { ItemMeta } from "@/components/checklists/item-meta";
import { ItemDetails, hasItemDetails } from "@/components/checklists/item-details";
import { ItemMenu } from "@/components/checklists/item-menu";
import { ItemFeedbackMessage } from "@/components/checklists/item-feedback-message";
import { statusLook } from "@/components/checklists/status-look";
import { useItemFeedback, useItemPending } from "@/components/checklists/use-checklist-actions";
import { FlagIcon } from "@/components/ui/icons";

type Props = {
  item: ChecklistItemData;
  depth: number;
  /** For a parent: its leaf sub-items complete / all. */
  subComplete?: number;
  subTotal?: number;
  /** Shown only as the path to a filtered match, not a match itself. */
  context: boolean;
  /** The row that takes the Tab stop (roving tabindex: one stop for the whole list). */
  focusable: boolean;
  /** In a virtualised list: its place, and the measuring of its real height. */
  index?: number;
  top?: number;
  measureRef?: (element: HTMLElement | null) => void;
};

/**
 * One item. Memoised on plain props, so a change to one item re-renders its row only. The row is one
 * Tab stop; its controls are reached with the keys listed in the shortcut help (or the pointer).
 */
export const ChecklistItemRow = memo(function ChecklistItemRow({
  item,
  depth,
  subComplete,
  subTotal,
  context,
  focusable,
  index,
  top,
  measureRef,
}: Props) {
  const { canProgress, canEditPlan, canReorder, actions } = useChecklist();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    data: { type: "item", sectionId: item.sectionId },
    disabled: !canEditPlan || !canReorder,
  });
  const pending = useItemPending(actions, item.id);
  const feedback = useItemFeedback(actions, item.id);
  const hint = useDropHint();
  const ref = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measureRef?.(element);
    },
    [setNodeRef, measureRef],
  );
  const isParent = subTotal !== undefined;
  const done = item.status === "done";
  const checkboxId = `item-${item.id}`;
  const titleId = `item-title-${item.id}`;
  const hintLine = hint?.overId === item.id ? (hint.placement === "before" ? "before:top-0" : "before:bottom-0") : null;
  const indent = { paddingLeft: `${depth * 1.5}rem` };

  return (
    <li
      ref={ref}
      data-index={index}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        ...(top !== undefined && { position: "absolute", top, left: 0, right: 0 }),
      }}
      data-testid="checklist-item"
      data-item-id={item.id}
      data-status={item.status}
      data-parent={isParent || undefined}
      aria-labelledby={titleId}
      tabIndex={focusable ? 0 : -1}
      className={`group/row relative scroll-mt-24 px-3 py-2.5 focus:outline-none focus-visible:bg-indigo-50/70 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 sm:px-4 dark:focus-visible:bg-indigo-950/40 ${statusLook[item.status].row} ${
        isDragging ? "z-10 opacity-40" : ""
      } ${hintLine ? `before:absolute before:inset-x-3 before:h-0.5 before:rounded before:bg-indigo-500 ${hintLine}` : ""}`}
    >
      <div className="flex items-start gap-2" style={indent}>
        {canEditPlan && (
          <button
            type="button"
            {...attributes}
            {...listeners}
            tabIndex={-1}
            aria-label={`Drag to reorder "${item.title}"`}
            aria-roledescription="sortable item"
            disabled={!canReorder}
            title={canReorder ? "Drag to reorder (or Alt+↑ / Alt+↓)" : "Clear the filters to reorder"}
            className="-ml-1 mt-0.5 hidden h-6 w-5 shrink-0 cursor-grab touch-none rounded text-center leading-6 text-slate-300 hover:text-slate-600 focus:outline-none active:cursor-grabbing disabled:cursor-default disabled:opacity-0 sm:block dark:text-slate-600 dark:hover:text-slate-300"
          >
            ⠿
          </button>
        )}
        <input
          id={checkboxId}
          type="checkbox"
          tabIndex={-1}
          checked={done}
          aria-labelledby={titleId}
          disabled={isParent || !canProgress(item)}
          aria-busy={pending || undefined}
          data-pending={pending || undefined}
          onChange={() => void actions.updateItem(item.id, { status: done ? "todo" : "done" })}
          className="mt-1 h-[18px] w-[18px] shrink-0 cursor-pointer rounded accent-emerald-600 disabled:cursor-not-allowed disabled:opacity-60"
        />
        <div className={`min-w-0 flex-1 ${context ? "opacity-60" : ""}`}>
          <label
            id={titleId}
            htmlFor={checkboxId}
            className={`mr-2 cursor-pointer break-words leading-6 ${isParent ? "font-semibold" : "font-medium"} ${
              done || item.status === "not_applicable" ? "text-slate-500 dark:text-slate-400" : ""
            } ${item.status === "not_applicable" ? "line-through decoration-slate-400" : ""}`}
          >
            {item.title}
          </label>
          {item.required && (
            <span
              data-testid="item-required"
              title="Required for go"
              className="mr-2 inline-flex items-center gap-0.5 rounded bg-amber-100 px-1.5 py-px align-middle text-[11px] font-semibold text-amber-800 dark:bg-amber-900/60 dark:text-amber-200"
            >
              <FlagIcon className="h-3 w-3" />
              Required for go
            </span>
          )}
          {isParent && (
            <span
              data-testid="item-children-progress"
              className="align-middle text-xs tabular-nums text-slate-500 dark:text-slate-400"
            >
              {subComplete}/{subTotal} sub-items
            </span>
          )}
          <ItemMeta item={item} />
        </div>
        <div className="flex shrink-0 items-center gap-0.5 pt-0.5">
          <ItemStatusControl item={item} isParent={isParent} />
          <ItemMenu item={item} isParent={isParent} />
        </div>
      </div>
      {/* Under the title column but the full row wide, so reasons and notes stay readable on a phone. */}
      {(hasItemDetails(item) || feedback) && (
        <div
          style={{ marginLeft: `${depth * 1.5}rem` }}
          className={`pl-[26px] ${canEditPlan ? "sm:pl-[50px]" : ""} ${context ? "opacity-60" : ""}`}
        >
          <ItemDetails item={item} />
          <ItemFeedbackMessage itemId={item.id} />
        </div>
      )}
    </li>
  );
});
