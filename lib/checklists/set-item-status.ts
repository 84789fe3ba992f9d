import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import type { SetItemStatusInput } from "@/lib/checklists/schemas";
import { AppError, notFound } from "@/lib/errors";

/** Ticks or unticks a checklist item. Setting the status it already has changes nothing. */
export async function setItemStatus({
  actor,
  launchId,
  itemId,
  status,
  version,
}: { actor: Actor; launchId: string; itemId: string } & SetItemStatusInput) {
  return commitChange(async (tx) => {
    await requireMembership(tx, launchId, actor, "item.setStatus");
    // FOR UPDATE: two people ticking the same item at once are applied one after the other.
    const locked = await tx.$queryRaw<{ version: number }[]>`
      SELECT version FROM "ChecklistItem" WHERE id = ${itemId} AND "launchId" = ${launchId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Checklist item");
    const current = await tx.checklistItem.findUniqueOrThrow({ where: { id: itemId }, select: itemViewSelect });
    // Both people wanted the same outcome: nothing to refuse and nothing to record.
    if (current.status === status) return { result: itemView(current), event: null };
    if (version !== undefined && version !== current.version) {
      throw new AppError("conflict", `Someone else changed "${current.title}" first; review its current state and try again.`, {
        current: itemView(current),
      });
    }

    const updated = await tx.checklistItem.update({
      where: { id: itemId },
      data: { status, version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.id },
      select: itemViewSelect,
    });
    const item = itemView(updated);
    const event = await recordEvent(tx, {
      launchId,
      type: "item.updated",
      actor,
      data: { item, changes: { status: { from: current.status, to: status } } },
    });
    return { result: item, event };
  });
}
