"use client";

import { createContext, useContext } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import type { ChecklistActions } from "@/components/checklists/use-checklist-actions";
import { useStoreSelector, type LaunchStore } from "@/lib/realtime/launch-store";

export type ReasonedStatus = "blocked" | "not_applicable";

/**
 * What every part of the checklist needs: who may do what, the writes, the dialogs, and the live data's
 * store. The value changes rarely (role, filters); the data itself is read by subscription, so a tick
 * re-renders the row it touched and not every consumer of this context.
 */
export type ChecklistUi = {
  store: LaunchStore;
  actorId: string;
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

/** The part of the launch a component shows; it re-renders when that part changes only. */
export function useLaunchPart<T>(select: (snapshot: LaunchSnapshot) => T, isEqual?: (a: T, b: T) => boolean) {
  return useStoreSelector(useChecklist().store, select, isEqual);
}

/** The whole launch: for the few parts that need it (dialogs, toolbar), never for rows. */
export const useLaunchSnapshot = () => useLaunchPart((snapshot) => snapshot);

// The clock moves every 30 s; only the parts that show relative times listen to it.
const NowContext = createContext<number | null>(null);
export const NowProvider = NowContext.Provider;
/** Milliseconds, ticking; null until mounted so the server and first client render agree. */
export const useNowValue = () => useContext(NowContext);
