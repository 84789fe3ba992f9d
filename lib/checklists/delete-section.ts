import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { sectionView } from "@/lib/checklists/section-view";
import { requireSection } from "@/lib/checklists/require-section";

/** Deletes a section with its items; restorable (the items keep their state and come back with it). */
export async function deleteSection({
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
    const section = sectionView(await requireSection(tx, launchId, sectionId));
    await tx.checklistSection.update({ where: { id: sectionId }, data: { deletedAt: new Date() } });
    const event = await recordEvent(tx, { launchId, type: "section.deleted", actor, data: { sectionId, section } });
    return { result: section, event };
  });
}
