import type { ChecklistItemData } from "@/lib/audit/event-types";
import type { ItemChanges } from "@/components/checklists/use-checklist-actions";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/time/zoned";
import { needsReason, type ItemStatus } from "@/components/checklists/status-look";

/** The editor's form state: plain strings for inputs, the due time as the launch zone's wall clock. */
export type ItemDraft = {
  title: string;
  details: string;
  ownerId: string;
  due: string;
  required: boolean;
  howToVerify: string;
  status: ItemStatus;
  statusReason: string;
  evidence: string;
};

export const draftOf = (item: ChecklistItemData, timeZone: string): ItemDraft => ({
  title: item.title,
  details: item.details,
  ownerId: item.owner?.id ?? "",
  due: toZonedInputValue(item.dueAt, timeZone),
  required: item.required,
  howToVerify: item.howToVerify,
  status: item.status,
  statusReason: item.statusReason,
  evidence: item.evidence,
});

/** Only what the person changed compared with `base`, limited to the fields they may change. */
export function draftChanges(
  draft: ItemDraft,
  base: ChecklistItemData,
  timeZone: string,
  may: { plan: boolean; progress: boolean; status: boolean },
): ItemChanges {
  const before = draftOf(base, timeZone);
  const changes: ItemChanges = {};
  if (may.plan) {
    if (draft.title.trim() !== before.title) changes.title = draft.title.trim();
    if (draft.details !== before.details) changes.details = draft.details;
    if (draft.ownerId !== before.ownerId) changes.ownerId = draft.ownerId || null;
    if (draft.due !== before.due) changes.dueAt = draft.due ? fromZonedInputValue(draft.due, timeZone) : null;
    if (draft.required !== before.required) changes.required = draft.required;
    if (draft.howToVerify !== before.howToVerify) changes.howToVerify = draft.howToVerify;
  }
  if (may.progress) {
    if (may.status && draft.status !== before.status) changes.status = draft.status;
    const reasonMatters = needsReason(draft.status);
    if (reasonMatters && draft.statusReason.trim() !== before.statusReason)
      changes.statusReason = draft.statusReason.trim();
    if (draft.evidence !== before.evidence) changes.evidence = draft.evidence;
  }
  return changes;
}
