import type { Tx } from "@/lib/db";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { deriveParentStatus } from "@/lib/checklists/derive-parent-status";

/**
 * Walks up from `parentId`, setting each ancestor's status from its live children. Returns the
 * ancestors whose status changed, for the change's event.
 */
export async function recomputeAncestors(
  tx: Tx,
  parentId: string | null,
  actorId: string,
): Promise<ChecklistItemData[]> {
  const changed: ChecklistItemData[] = [];
  let currentId = parentId;
  while (currentId) {
    const parent = await tx.checklistItem.findUnique({
      where: { id: currentId },
      select: {
        status: true,
        parentId: true,
        deletedAt: true,
        children: { where: { deletedAt: null }, select: { status: true } },
      },
    });
    if (!parent || parent.deletedAt) break;
    const status =
      parent.children.length > 0 ? deriveParentStatus(parent.children.map((child) => child.status)) : parent.status;
    if (status !== parent.status) {
      const updated = await tx.checklistItem.update({
        where: { id: currentId },
        data: { status, statusReason: "", version: { increment: 1 }, updatedAt: new Date(), updatedById: actorId },
        select: itemViewSelect,
      });
      changed.push(itemView(updated));
    }
    currentId = parent.parentId;
  }
  return changed;
}
