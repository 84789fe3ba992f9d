"use client";

import { useCallback, useState } from "react";
import type { ChecklistItemData, SectionData } from "@/lib/audit/event-types";
import { useChecklist, useLaunchSnapshot } from "@/components/checklists/checklist-context";
import { ItemReasonDialog, type ReasonTarget } from "@/components/checklists/reason-dialog";
import { ItemEditorDialog } from "@/components/checklists/item-editor-dialog";
import { AddSubItemDialog } from "@/components/checklists/add-sub-item-dialog";
import { RecentlyDeletedDialog } from "@/components/checklists/recently-deleted-dialog";
import { ShortcutHelpDialog } from "@/components/checklists/shortcut-help-dialog";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { descendantIds } from "@/components/checklists/item-tree";

/** Which of the checklist's dialogs is open, and for what. */
export function useChecklistDialogs() {
  const [editorId, setEditorId] = useState<string | null>(null);
  const [reason, setReason] = useState<ReasonTarget>(null);
  const [subItemParent, setSubItemParent] = useState<string | null>(null);
  const [deletingItem, setDeletingItem] = useState<ChecklistItemData | null>(null);
  const [deletingSection, setDeletingSection] = useState<SectionData | null>(null);
  const [help, setHelp] = useState(false);
  const [deleted, setDeleted] = useState(false);
  // Stable, as the checklist rows (memoised) receive it through the checklist context.
  const openReason = useCallback(
    (itemId: string, status: "blocked" | "not_applicable") => setReason({ itemId, status }),
    [],
  );
  return {
    state: { editorId, reason, subItemParent, deletingItem, deletingSection, help, deleted },
    openEditor: setEditorId,
    openReason,
    openAddSubItem: setSubItemParent,
    confirmDeleteItem: setDeletingItem,
    confirmDeleteSection: setDeletingSection,
    openHelp: () => setHelp(true),
    openDeleted: () => setDeleted(true),
    close: {
      editor: () => setEditorId(null),
      reason: () => setReason(null),
      subItem: () => setSubItemParent(null),
      deleteItem: () => setDeletingItem(null),
      deleteSection: () => setDeletingSection(null),
      help: () => setHelp(false),
      deleted: () => setDeleted(false),
    },
  };
}

export function ChecklistDialogs({ dialogs }: { dialogs: ReturnType<typeof useChecklistDialogs> }) {
  const { actions } = useChecklist();
  const snapshot = useLaunchSnapshot();
  const { state, close } = dialogs;
  const all = snapshot.sections.flatMap((section) => section.items);
  const subItems = state.deletingItem ? descendantIds(all, state.deletingItem.id).size : 0;
  const sectionItems = state.deletingSection
    ? (snapshot.sections.find((s) => s.id === state.deletingSection?.id)?.items.length ?? 0)
    : 0;

  return (
    <>
      <ItemEditorDialog itemId={state.editorId} onClose={close.editor} />
      <ItemReasonDialog target={state.reason} onClose={close.reason} />
      <AddSubItemDialog parentId={state.subItemParent} onClose={close.subItem} />
      <RecentlyDeletedDialog open={state.deleted} onClose={close.deleted} />
      <ShortcutHelpDialog open={state.help} onClose={close.help} />
      <ConfirmDialog
        open={!!state.deletingItem}
        title="Delete item?"
        confirmLabel="Delete"
        onClose={close.deleteItem}
        onConfirm={() => state.deletingItem && void actions.deleteItem(state.deletingItem)}
      >
        &ldquo;{state.deletingItem?.title}&rdquo;
        {subItems > 0 && ` and its ${subItems} sub-item${subItems === 1 ? "" : "s"}`} will be removed from the
        checklist. You can undo or restore it from Recently deleted.
      </ConfirmDialog>
      <ConfirmDialog
        open={!!state.deletingSection}
        title="Delete section?"
        confirmLabel="Delete section"
        onClose={close.deleteSection}
        onConfirm={() => state.deletingSection && void actions.deleteSection(state.deletingSection)}
      >
        The section &ldquo;{state.deletingSection?.title}&rdquo; and its {sectionItems} item
        {sectionItems === 1 ? "" : "s"} will be removed. You can undo or restore it from Recently deleted.
      </ConfirmDialog>
    </>
  );
}
