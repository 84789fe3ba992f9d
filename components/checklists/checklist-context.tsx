"use client";

import { createContext, useContext } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import type { ChecklistActions } from "@/components/checklists/use-checklist-actions";

export type ReasonedStatus = "blocked" | "not_applicable";

/** What every part of the checklist needs: the live data, who may do what, the writes, the dialogs. */
export type ChecklistUi = {
  snapshot: LaunchSnapshot;
  actorId: string;
  /** Milliseconds, ticking; null until mounted so the server and first client render agree. */
  now: number | null;
  canEditPlan: boolean;
  canProgress: (item: ChecklistItemData) => boolean;
  /** Why this person cannot update the item's progress, for the screen (null when they can). */
  whyNot: (item: ChecklistItemData) => string | null;
  /** Reordering is off while a filter hides items (a drop position would be ambiguous). */
  canReorder: boolean;
  actions: ChecklistActions;
  openEditor: (itemId: string) => void;
  openReason: (itemId: string, status: ReasonedStatus) => void;
  openAddSubItem: (itemId: string) => void;
  confirmDeleteItem: (item: ChecklistItemData) => void;
};

const ChecklistContext = createContext<ChecklistUi | null>(null);
export const ChecklistProvider = ChecklistContext.Provider;

export function useChecklist(): ChecklistUi {
  const value = useContext(ChecklistContext);
  if (!value) throw new Error("useChecklist must be used inside <ChecklistProvider>.");
  return value;
}
