import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { requireMemberUser } from "@/lib/launches/require-member-user";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { requireParent, requireSection } from "@/lib/checklists/require-section";
import { nextPosition, placeItem } from "@/lib/checklists/sibling-order";
import { recomputeAncestors } from "@/lib/checklists/recompute-ancestors";
import type { CreateItemInput } from "@/lib/checklists/schemas";
import { toDate } from "@/lib/validation";
import { requireStep } from "@/lib/timeline/require-step";

/** Adds an item to a section (or under a parent item), at a position or at the end. */
export async function createItem({
  actor,
  launchId,
  sectionId,
  parentId = null,
  position,
  ...fields
}: { actor: Actor; launchId: string } & CreateItemInput) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    await requireSection(tx, launchId, sectionId, "sectionId");
    if (parentId) await requireParent(tx, launchId, sectionId, parentId);
    if (fields.ownerId) await requireMemberUser(tx, launchId, fields.ownerId);
    if (fields.stepId) await requireStep(tx, launchId, fields.stepId);

    const created = await tx.checklistItem.create({
      data: {
        ...fields,
        dueAt: toDate(fields.dueAt),
        launchId,
        sectionId,
        parentId,
        position: await nextPosition(tx, sectionId, parentId),
        updatedById: actor.id,
      },
      select: { id: true },
    });
    if (position !== undefined) await placeItem(tx, { id: created.id, sectionId, parentId, index: position });
    const item = itemView(
      await tx.checklistItem.findUniqueOrThrow({ where: { id: created.id }, select: itemViewSelect }),
    );
    const parents = await recomputeAncestors(tx, parentId, actor.id);
    const event = await recordEvent(tx, { launchId, type: "item.created", actor, data: { sectionId, item, parents } });
    return { result: item, event };
  });
}
