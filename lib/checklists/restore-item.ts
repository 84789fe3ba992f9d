import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { nextPosition } from "@/lib/checklists/sibling-order";
import { recomputeAncestors } from "@/lib/checklists/recompute-ancestors";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/db";

/** Brings back a deleted item with the sub-items deleted together with it, at the end of its siblings. */
export async function restoreItem({ actor, launchId, itemId }: { actor: Actor; launchId: string; itemId: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    const item = await tx.checklistItem.findFirst({
      where: { id: itemId, launchId },
      select: {
        deletedAt: true,
        sectionId: true,
        parentId: true,
        title: true,
        section: { select: { deletedAt: true, title: true } },
        parent: { select: { deletedAt: true, title: true } },
      },
    });
    if (!item) throw notFound("Checklist item");
    if (!item.deletedAt) throw new AppError("conflict", `"${item.title}" is not deleted.`);
    if (item.section.deletedAt) throw new AppError("conflict", `Restore the section "${item.section.title}" first.`);
    if (item.parent?.deletedAt) throw new AppError("conflict", `Restore its parent "${item.parent.title}" first.`);

    const group = await deletedTogether(tx, itemId, item.deletedAt);
    const position = await nextPosition(tx, item.sectionId, item.parentId);
    await tx.checklistItem.update({ where: { id: itemId }, data: { position } });
    await tx.checklistItem.updateMany({
      where: { id: { in: group } },
      data: { deletedAt: null, version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.id },
    });
    const items = (await tx.checklistItem.findMany({ where: { id: { in: group } }, select: itemViewSelect })).map(
      itemView,
    );
    const parents = await recomputeAncestors(tx, item.parentId, actor.id);
    const event = await recordEvent(tx, {
      launchId,
      type: "item.restored",
      actor,
      data: { sectionId: item.sectionId, items, parents },
    });
    return { result: items.find((restored) => restored.id === itemId)!, event };
  });
}

async function deletedTogether(tx: Tx, itemId: string, deletedAt: Date) {
  const ids = [itemId];
  let frontier = [itemId];
  while (frontier.length > 0) {
    const children = await tx.checklistItem.findMany({
      where: { parentId: { in: frontier }, deletedAt },
      select: { id: true },
    });
    frontier = children.map((child) => child.id);
    ids.push(...frontier);
  }
  return ids;
}
