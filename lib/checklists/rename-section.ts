import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { sectionView } from "@/lib/checklists/section-view";
import { requireSection } from "@/lib/checklists/require-section";
import { requireCurrentVersion } from "@/lib/errors";

export async function renameSection({
  actor,
  launchId,
  sectionId,
  title,
  version,
}: {
  actor: Actor;
  launchId: string;
  sectionId: string;
  title: string;
  version: number;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "plan.edit");
    const current = await requireSection(tx, launchId, sectionId);
    if (current.title === title) return { result: sectionView(current), event: null };
    requireCurrentVersion(version, current, `the section "${current.title}"`, sectionView(current));
    const section = sectionView(
      await tx.checklistSection.update({ where: { id: sectionId }, data: { title, version: { increment: 1 } } }),
    );
    const event = await recordEvent(tx, {
      launchId,
      type: "section.updated",
      actor,
      data: { sectionId, section, changes: { title: { from: current.title, to: title } } },
    });
    return { result: section, event };
  });
}
