import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { sectionView } from "@/lib/checklists/section-view";
import { renumberSections } from "@/lib/checklists/renumber-sections";

/** Adds a section (a phase of the plan) at a position or at the end. */
export async function createSection({
  actor,
  launchId,
  title,
  position,
}: {
  actor: Actor;
  launchId: string;
  title: string;
  position?: number;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    const existing = await tx.checklistSection.findMany({
      where: { launchId, deletedAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    const created = await tx.checklistSection.create({ data: { launchId, title, position: existing.length } });
    let section = sectionView(created);
    if (position !== undefined && position < existing.length) {
      const ids = existing.map((s) => s.id);
      ids.splice(position, 0, created.id);
      await renumberSections(tx, ids);
      section = { ...section, position };
    }
    const event = await recordEvent(tx, {
      launchId,
      type: "section.created",
      actor,
      data: { sectionId: section.id, section },
    });
    return { result: section, event };
  });
}
