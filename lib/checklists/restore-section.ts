import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { sectionView } from "@/lib/checklists/section-view";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { AppError, notFound } from "@/lib/errors";

/** Brings a deleted section back, at the end, with the items it had. */
export async function restoreSection({
  actor,
  launchId,
  sectionId,
}: {
  actor: Actor;
  launchId: string;
  sectionId: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    const current = await tx.checklistSection.findFirst({ where: { id: sectionId, launchId } });
    if (!current) throw notFound("Section");
    if (!current.deletedAt) throw new AppError("conflict", `The section "${current.title}" is not deleted.`);
    // After the last live section: positions may have gaps (a deletion leaves one), so not their count.
    const last = await tx.checklistSection.aggregate({
      where: { launchId, deletedAt: null },
      _max: { position: true },
    });
    const position = (last._max.position ?? -1) + 1;
    const section = sectionView(
      await tx.checklistSection.update({ where: { id: sectionId }, data: { deletedAt: null, position } }),
    );
    const items = (
      await tx.checklistItem.findMany({
        where: { sectionId, deletedAt: null },
        orderBy: { position: "asc" },
        select: itemViewSelect,
      })
    ).map(itemView);
    const event = await recordEvent(tx, {
      launchId,
      type: "section.restored",
      actor,
      data: { sectionId, section, items },
    });
    return { result: { ...section, items }, event };
  });
}
