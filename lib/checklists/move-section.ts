import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { requireSection } from "@/lib/checklists/require-section";
import { renumberSections } from "@/lib/checklists/renumber-sections";

export async function moveSection({
  actor,
  launchId,
  sectionId,
  position,
}: {
  actor: Actor;
  launchId: string;
  sectionId: string;
  position: number;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    await requireSection(tx, launchId, sectionId);
    // Lock the launch's sections in order so two concurrent moves cannot interleave their renumbering.
    await tx.$queryRaw`SELECT id FROM "ChecklistSection" WHERE "launchId" = ${launchId} ORDER BY id FOR UPDATE`;
    const ids = (
      await tx.checklistSection.findMany({
        where: { launchId, deletedAt: null },
        orderBy: { position: "asc" },
        select: { id: true },
      })
    )
      .map((s) => s.id)
      .filter((id) => id !== sectionId);
    ids.splice(Math.min(position, ids.length), 0, sectionId);
    const sections = await renumberSections(tx, ids);
    const event = await recordEvent(tx, { launchId, type: "section.moved", actor, data: { sectionId, sections } });
    return { result: sections, event };
  });
}
