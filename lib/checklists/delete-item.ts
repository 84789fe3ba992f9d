import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { itemView } from "@/lib/checklists/item-view";
import { lockItem } from "@/lib/checklists/lock-item";
import { recomputeAncestors } from "@/lib/checklists/recompute-ancestors";

/**
 * Deletes an item and its sub-items. Nothing is erased: they are marked deleted (with one shared
 * time, so a restore brings back exactly this group) and can be restored.
 */
export async function deleteItem({ actor, launchId, itemId }: { actor: Actor; launchId: string; itemId: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    const current = await lockItem(tx, launchId, itemId);
    const removedIds = [itemId, ...(await liveDescendantIds(tx, itemId))];
    await tx.checklistItem.updateMany({ where: { id: { in: removedIds } }, data: { deletedAt: new Date() } });
    const parents = await recomputeAncestors(tx, current.parentId, actor.id);
    const item = itemView(current);
    const event = await recordEvent(tx, {
      launchId,
      type: "item.deleted",
      actor,
      data: { sectionId: item.sectionId, item, removedIds, parents },
    });
    return { result: { deleted: removedIds }, event };
  });
}

export async function liveDescendantIds(tx: Tx, itemId: string): Promise<string[]> {
  const ids: string[] = [];
  let frontier = [itemId];
  while (frontier.length > 0) {
    const children = await tx.checklistItem.findMany({
      where: { parentId: { in: frontier }, deletedAt: null },
      select: { id: true },
    });
    frontier = children.map((child) => child.id);
    ids.push(...frontier);
  }
  return ids;
}
