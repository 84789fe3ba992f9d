"use client";

import type { LiveUpdate } from "@/lib/realtime/use-launch-live";
import { useCallback, useRef, useState } from "react";
import { createStore, useStoreSelector, type LaunchStore, type Store } from "@/lib/realtime/launch-store";
import { useStableMethods } from "@/components/ui/use-stable-methods";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData, SectionData } from "@/lib/audit/event-types";
import type { UpdateItemInput } from "@/lib/checklists/schemas";
import { upsertItems } from "@/lib/launches/apply-launch-event";
import { apiRequest } from "@/lib/api/client";
import { moveLocally, type MoveTarget } from "@/components/checklists/local-move";
import {
  withoutItems,
  withoutSection,
  withSection,
  withSectionFields,
  withSectionMoved,
} from "@/components/checklists/snapshot-edits";
import { useToast } from "@/components/ui/toast";

export type ItemChanges = Omit<UpdateItemInput, "version">;
export type ItemFeedback =
  { kind: "conflict"; by: string | null; at: string; attempted: ItemChanges } | { kind: "error"; message: string };
export type WriteResult =
  | { ok: true; item: ChecklistItemData }
  | { ok: false; error: string; status: number; current?: ChecklistItemData; fields?: Record<string, string[]> };

type Update = LiveUpdate;

/**
 * Every write the checklist makes. Each sends the version it was based on, shows the server's answer
 * at once, and on failure keeps what the person tried so they can apply it again.
 */
export function useChecklistActions(store: LaunchStore, update: Update) {
  const toast = useToast();
  // Per-item state in stores, so a row re-renders for its own feedback or pending write only.
  const [feedbackStore] = useState(() => createStore<Record<string, ItemFeedback>>({}));
  const inFlight = useRef(new Set<string>());
  const [pendingStore] = useState(() => createStore<ReadonlySet<string>>(new Set()));
  const setPending = pendingStore.set;
  const base = `/api/launches/${store.get().id}`;
  const findItem = (id: string) => findItemIn(store.get(), id);
  const note = useCallback(
    (id: string, value: ItemFeedback | null) => {
      const next = { ...feedbackStore.get() };
      delete next[id];
      feedbackStore.set(value ? { ...next, [id]: value } : next);
    },
    [feedbackStore],
  );

  /** `inline`: where a failure shows: on the item's row (true), nowhere (false: the caller shows it), or only conflicts. */
  /** `version`: the one the change was based on (an editor opened a while ago), else the latest shown. */
  async function updateItem(
    id: string,
    changes: ItemChanges,
    { inline = true, version }: { inline?: boolean | "conflicts"; version?: number } = {},
  ): Promise<WriteResult> {
    const item = findItem(id);
    if (!item) return { ok: false, status: 404, error: "This item was deleted meanwhile." };
    // One write per item at a time: a second click while the first is on its way is not sent twice.
    if (inFlight.current.has(id))
      return { ok: false, status: 0, error: "Still saving the previous change to this item." };
    inFlight.current.add(id);
    setPending(new Set(inFlight.current));
    // A tick shows at once; the answer (or its refusal) replaces the guess.
    const withdraw =
      changes.status && inline !== false
        ? update((s) => upsertItems(s, [{ ...item, ...changes } as ChecklistItemData]))
        : () => {};
    const answer = await apiRequest<ChecklistItemData>("PATCH", `${base}/items/${id}`, {
      ...changes,
      version: version ?? item.version,
    });
    inFlight.current.delete(id);
    setPending(new Set(inFlight.current));
    if (answer.ok) {
      update((s) => upsertItems(s, [answer.body]), answer.seq);
      note(id, null);
      return { ok: true, item: answer.body };
    }
    withdraw();
    const current = answer.status === 409 ? (answer.body.current as ChecklistItemData | undefined) : undefined;
    if (current) update((s) => upsertItems(s, [current]));
    if (inline === true || (inline === "conflicts" && current)) {
      note(
        id,
        current
          ? { kind: "conflict", by: current.updatedBy?.name ?? null, at: current.updatedAt, attempted: changes }
          : { kind: "error", message: answer.error },
      );
    }
    return {
      ok: false,
      status: answer.status,
      error: answer.error,
      current,
      fields: answer.body.fields as Record<string, string[]> | undefined,
    };
  }

  async function createItem(input: {
    sectionId: string;
    parentId?: string | null;
    title: string;
  }): Promise<WriteResult> {
    const answer = await apiRequest<ChecklistItemData>("POST", `${base}/items`, input);
    if (!answer.ok) return { ok: false, status: answer.status, error: answer.error };
    update((s) => upsertItems(s, [answer.body]), answer.seq);
    return { ok: true, item: answer.body };
  }

  async function restoreItem(id: string, title: string) {
    const answer = await apiRequest<ChecklistItemData>("POST", `${base}/items/${id}/restore`);
    if (!answer.ok) return toast({ message: answer.error, tone: "error" });
    update((s) => upsertItems(s, [answer.body]), answer.seq);
    toast({ message: `Restored "${title}"` });
  }

  async function deleteItem(item: ChecklistItemData) {
    const answer = await apiRequest<{ deleted: string[] }>("DELETE", `${base}/items/${item.id}`);
    if (!answer.ok) return note(item.id, { kind: "error", message: answer.error });
    update((s) => withoutItems(s, answer.body.deleted), answer.seq);
    toast({
      message: `Deleted "${item.title}"`,
      action: { label: "Undo", testId: "undo-delete", onClick: () => restoreItem(item.id, item.title) },
    });
  }

  async function moveItem(id: string, target: MoveTarget) {
    const item = findItem(id);
    if (!item) return;
    // The guess keeps the dragged row where it was dropped until the move's event confirms it.
    const withdraw = update((s) => moveLocally(s, id, target));
    const answer = await apiRequest<ChecklistItemData>("POST", `${base}/items/${id}/move`, {
      ...target,
      version: item.version,
    });
    if (answer.ok) {
      update((s) => moveLocally(upsertItems(s, [answer.body]), id, target), answer.seq);
      return;
    }
    withdraw();
    note(id, { kind: "error", message: answer.error });
  }

  async function createSection(title: string) {
    const answer = await apiRequest<SectionData>("POST", `${base}/sections`, { title });
    if (!answer.ok) return answer.error;
    update((s) => withSection(s, answer.body), answer.seq);
    return null;
  }

  async function renameSection(id: string, title: string) {
    // The version on screen: a rename someone made meanwhile is answered 409 instead of overwritten.
    const version = store.get().sections.find((section) => section.id === id)?.version;
    const answer = await apiRequest<SectionData>("PATCH", `${base}/sections/${id}`, { title, version });
    if (!answer.ok) return answer.error;
    update((s) => withSectionFields(s, [answer.body]), answer.seq);
    return null;
  }

  async function restoreSection(id: string, title: string) {
    const answer = await apiRequest<SectionData & { items: ChecklistItemData[] }>(
      "POST",
      `${base}/sections/${id}/restore`,
    );
    if (!answer.ok) return toast({ message: answer.error, tone: "error" });
    const { items, ...section } = answer.body;
    update((s) => withSection(s, section, items), answer.seq);
    toast({ message: `Restored section "${title}"` });
  }

  async function deleteSection(section: SectionData) {
    const answer = await apiRequest<SectionData>("DELETE", `${base}/sections/${section.id}`);
    if (!answer.ok) return toast({ message: answer.error, tone: "error" });
    update((s) => withoutSection(s, section.id), answer.seq);
    toast({
      message: `Deleted section "${section.title}"`,
      action: { label: "Undo", testId: "undo-delete", onClick: () => restoreSection(section.id, section.title) },
    });
  }

  async function moveSection(id: string, position: number) {
    const withdraw = update((s) => withSectionMoved(s, id, position));
    const answer = await apiRequest<SectionData[]>("POST", `${base}/sections/${id}/move`, { position });
    if (answer.ok) {
      update((s) => withSectionFields(s, answer.body), answer.seq);
      return;
    }
    withdraw();
    toast({ message: answer.error, tone: "error" });
  }

  /** After a conflict: the same change again, now based on the version the server has. */
  const applyMineAgain = (id: string) => {
    const entry = feedbackStore.get()[id];
    if (entry?.kind === "conflict") void updateItem(id, entry.attempted);
  };

  const methods = useStableMethods({
    dismissFeedback: (id: string) => note(id, null),
    applyMineAgain,
    updateItem,
    createItem,
    deleteItem,
    restoreItem,
    moveItem,
    createSection,
    renameSection,
    deleteSection,
    restoreSection,
    moveSection,
  });
  const [actions] = useState(() => ({ ...methods, feedbackStore, pendingStore }));
  return actions;
}

function findItemIn(snapshot: LaunchSnapshot, id: string) {
  for (const section of snapshot.sections) {
    const item = section.items.find((candidate) => candidate.id === id);
    if (item) return item;
  }
  return undefined;
}

export type ChecklistActions = ReturnType<typeof useChecklistActions>;

/** Whether a change to this item is on its way (its controls show it and do not send another). */
export const useItemPending = (actions: ChecklistActions, itemId: string) =>
  useStoreSelector(actions.pendingStore, (pending) => pending.has(itemId));

/** Why this person's last change to the item did not land, if it did not. */
export const useItemFeedback = (actions: ChecklistActions, itemId: string): ItemFeedback | undefined =>
  useStoreSelector(actions.feedbackStore as Store<Record<string, ItemFeedback>>, (feedback) => feedback[itemId]);
