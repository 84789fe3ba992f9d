import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { lockItem } from "@/lib/checklists/lock-item";
import { requireParent, requireSection } from "@/lib/checklists/require-section";
import { placeItem } from "@/lib/checklists/sibling-order";
import { recomputeAncestors } from "@/lib/checklists/recompute-ancestors";
import type { MoveItemInput } from "@/lib/checklists/schemas";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";

/** Reorders an item, moves it under another parent, or into another section (its sub-items follow). */
export async function moveItem({
  actor,
  launchId,
  itemId,
  sectionId,
  parentId,
  position,
  version,
}: { actor: Actor; launchId: string; itemId: string } & MoveItemInput) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    const current = await lockItem(tx, launchId, itemId);
    if (version !== undefined && version !== current.version) {
      throw new AppError(
        "conflict",
        `Someone else changed "${current.title}" first; review its current state and try again.`,
        { current: itemView(current) },
      );
    }
    await requireSection(tx, launchId, sectionId, "sectionId");
    if (parentId) {
      await requireParent(tx, launchId, sectionId, parentId);
      if (parentId === itemId || (await isDescendant(tx, parentId, itemId))) {
        throw new AppError("invalid", "An item cannot be moved under itself or one of its sub-items.", {
          fields: { parentId: ["Would create a loop."] },
        });
      }
    }

    // The old siblings keep their positions (gaps are fine); only the moved item is written, unless
    // its new neighbours have no room between them.
    const positions = await placeItem(tx, { id: itemId, sectionId, parentId, index: position });
    if (sectionId !== current.sectionId) positions.push(...(await moveDescendants(tx, itemId, sectionId)));

    const item = itemView(
      await tx.checklistItem.update({
        where: { id: itemId },
        data: { version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.id },
        select: itemViewSelect,
      }),
    );
    const parents = [
      ...(await recomputeAncestors(tx, current.parentId, actor.id)),
      ...(parentId !== current.parentId ? await recomputeAncestors(tx, parentId, actor.id) : []),
    ];
    const event = await recordEvent(tx, {
      launchId,
      type: "item.moved",
      actor,
      data: { sectionId, item, positions, parents },
    });
    return { result: item, event };
  });
}

async function isDescendant(tx: Tx, candidateId: string, ancestorId: string): Promise<boolean> {
  let currentId: string | null = candidateId;
  while (currentId) {
    const row: { parentId: string | null } | null = await tx.checklistItem.findUnique({
      where: { id: currentId },
      select: { parentId: true },
    });
    if (!row) return false;
    if (row.parentId === ancestorId) return true;
    currentId = row.parentId;
  }
  return false;
}

async function moveDescendants(tx: Tx, itemId: string, sectionId: string) {
  const moved = [];
  let frontier = [itemId];
  while (frontier.length > 0) {
    const children = await tx.checklistItem.findMany({
      where: { parentId: { in: frontier } },
      select: { id: true, parentId: true, position: true },
    });
    if (children.length === 0) break;
    await tx.checklistItem.updateMany({ where: { id: { in: children.map((c) => c.id) } }, data: { sectionId } });
    moved.push(...children.map((c) => ({ id: c.id, sectionId, parentId: c.parentId, position: c.position })));
    frontier = children.map((c) => c.id);
  }
  return moved;
}
