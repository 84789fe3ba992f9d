"use client";

import { useEffect, useRef } from "react";
import type { ChecklistUi } from "@/components/checklists/checklist-context";
import type { RowNavigator } from "@/components/checklists/row-navigator";
import { stepTarget } from "@/components/checklists/move-targets";
import { hasChildren } from "@/components/checklists/item-tree";

type Options = { ui: ChecklistUi; navigator: RowNavigator; openHelp: () => void; focusSearch: () => void };

const rowSelector = '[data-testid="checklist-item"]';

function isTyping(target: HTMLElement) {
  if (target.isContentEditable || target.closest("textarea, select")) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}

/**
 * The lead's keyboard on the day: j/k (or arrows) between items, x/Space toggles done, b blocks,
 * n marks not applicable, e/Enter edits, m opens the row's actions, Delete deletes, Alt+arrows move,
 * / searches, ? helps. A row is one Tab stop; these keys reach its controls. Keys typed into fields are
 * never taken.
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
      const { ui, navigator, openHelp, focusSearch } = latest.current;
      const row = target.closest<HTMLElement>(rowSelector);
      const onRowItself = row !== null && row === target;
      const idle = target === document.body || onRowItself;
      const snapshot = ui.store.get();
      const all = snapshot.sections.flatMap((section) => section.items);
      const item = row ? all.find((candidate) => candidate.id === row.dataset.itemId) : undefined;
      const handled = () => event.preventDefault();
      // By the rows' order, rendered or not: a long list renders only the rows near the viewport.
      const step = (delta: number) => {
        navigator.step(row?.dataset.itemId ?? null, delta);
        handled();
      };

      if (event.altKey) {
        if (!item || !ui.canEditPlan || !ui.canReorder || (event.key !== "ArrowUp" && event.key !== "ArrowDown"))
          return;
        const to = stepTarget(snapshot, item.id, event.key === "ArrowUp" ? -1 : 1);
        if (to) void ui.actions.moveItem(item.id, to);
        requestAnimationFrame(() => requestAnimationFrame(() => navigator.focus(item.id)));
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
      if (event.key === "n" && mayProgress) return (ui.openReason(item.id, "not_applicable"), handled());
      if ((event.key === "e" || (event.key === "Enter" && onRowItself)) && (ui.canEditPlan || ui.canProgress(item)))
        return (ui.openEditor(item.id), handled());
      if (event.key === "m" && onRowItself) {
        row.querySelector<HTMLElement>('[data-testid="item-menu"]')?.click();
        return handled();
      }
      if (event.key === "Delete" && onRowItself && ui.canEditPlan) return (ui.confirmDeleteItem(item), handled());
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
