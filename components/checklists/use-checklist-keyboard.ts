"use client";

import { useEffect, useRef } from "react";
import type { ChecklistUi } from "@/components/checklists/checklist-context";
import { stepTarget } from "@/components/checklists/move-targets";
import { hasChildren } from "@/components/checklists/item-tree";

type Options = { ui: ChecklistUi; openHelp: () => void; focusSearch: () => void };

const rowSelector = '[data-testid="checklist-item"]';

function isTyping(target: HTMLElement) {
  if (target.isContentEditable || target.closest("textarea, select")) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}

const focusRow = (itemId: string) =>
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`${rowSelector}[data-item-id="${itemId}"]`)?.focus(),
    ),
  );

/**
 * The lead's keyboard on the day: j/k (or arrows) between items, x/Space toggles done, b blocks,
 * e edits, Alt+arrows move, / searches, ? helps. Keys typed into fields are never taken.
 */
export function useChecklistKeyboard(options: Options) {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isTyping(target)) return;
      if (document.querySelector("dialog[open]") || target.closest('[role="menu"]')) return;
      const { ui, openHelp, focusSearch } = latest.current;
      const row = target.closest<HTMLElement>(rowSelector);
      const onRowItself = row !== null && row === target;
      const idle = target === document.body || onRowItself;
      const all = ui.snapshot.sections.flatMap((section) => section.items);
      const item = row ? all.find((candidate) => candidate.id === row.dataset.itemId) : undefined;
      const handled = () => event.preventDefault();
      const step = (delta: number) => {
        const rows = [...document.querySelectorAll<HTMLElement>(rowSelector)];
        const index = row ? rows.indexOf(row) : -1;
        const next = rows[Math.max(0, Math.min(rows.length - 1, index + delta))];
        next?.focus();
        next?.scrollIntoView({ block: "nearest" });
        handled();
      };

      if (event.altKey) {
        if (!item || !ui.canEditPlan || !ui.canReorder || (event.key !== "ArrowUp" && event.key !== "ArrowDown"))
          return;
        const to = stepTarget(ui.snapshot, item.id, event.key === "ArrowUp" ? -1 : 1);
        if (to) void ui.actions.moveItem(item.id, to);
        focusRow(item.id);
        return handled();
      }
      if (event.key === "?") return (openHelp(), handled());
      if (event.key === "/") return (focusSearch(), handled());
      if (event.key === "j" || (event.key === "ArrowDown" && idle)) return step(1);
      if (event.key === "k" || (event.key === "ArrowUp" && idle)) return step(-1);
      if (!item) return;
      const leaf = !hasChildren(all, item.id);
      const mayProgress = ui.canProgress(item) && leaf;
      if ((event.key === "x" || (event.key === " " && onRowItself)) && mayProgress) {
        void ui.actions.updateItem(item.id, { status: item.status === "done" ? "todo" : "done" });
        return handled();
      }
      if (event.key === "b" && mayProgress) return (ui.openReason(item.id, "blocked"), handled());
      if ((event.key === "e" || (event.key === "Enter" && onRowItself)) && (ui.canEditPlan || ui.canProgress(item)))
        return (ui.openEditor(item.id), handled());
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
