import type { Tx } from "@/lib/db";
import { itemViewSelect } from "@/lib/checklists/item-view";
import { notFound } from "@/lib/errors";

/**
 * The current state of a live item of the launch; 404 for unknown or deleted items. Called inside
 * commitChange, which holds the launch's lock: nobody else changes the item until this commits, so no
 * row lock of its own (and no extra round trip) is needed.
 */
export async function lockItem(tx: Tx, launchId: string, itemId: string) {
  const item = await tx.checklistItem.findFirst({
    where: { id: itemId, launchId, deletedAt: null },
    select: { ...itemViewSelect, ownerId: true, _count: { select: { children: { where: { deletedAt: null } } } } },
  });
  if (!item) throw notFound("Checklist item");
  return { ...item, childCount: item._count.children };
}
