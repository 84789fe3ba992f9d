import type { Tx } from "@/lib/db";
import { itemViewSelect } from "@/lib/checklists/item-view";
import { notFound } from "@/lib/errors";

/**
 * Locks a live item of the launch for the rest of the transaction (two people changing it at once
 * are applied one after the other) and returns its current state; 404 for unknown or deleted items.
 */
export async function lockItem(tx: Tx, launchId: string, itemId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ChecklistItem"
    WHERE id = ${itemId} AND "launchId" = ${launchId} AND "deletedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) throw notFound("Checklist item");
  const item = await tx.checklistItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { ...itemViewSelect, ownerId: true, _count: { select: { children: { where: { deletedAt: null } } } } },
  });
  return { ...item, childCount: item._count.children };
}
