import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";

/**
 * Removes a step from the timeline (kept in the database, marked deleted). Steps that waited for it
 * now wait for its own predecessors, so the chain stays intact; its items are unlinked.
 */
export async function deleteStep({ actor, launchId, stepId }: { actor: Actor; launchId: string; stepId: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "timeline.edit");
    const current = stepView(await lockStep(tx, launchId, stepId));
    const successorLinks = await tx.stepLink.findMany({ where: { predecessorId: stepId }, select: { stepId: true } });
    for (const { stepId: successorId } of successorLinks) {
      await tx.stepLink.createMany({
        data: current.predecessorIds.map((predecessorId) => ({ stepId: successorId, predecessorId })),
        skipDuplicates: true,
      });
    }
    await tx.stepLink.deleteMany({ where: { OR: [{ stepId }, { predecessorId: stepId }] } });
    await tx.checklistItem.updateMany({ where: { stepId }, data: { stepId: null } });
    await tx.timelineStep.update({ where: { id: stepId }, data: { deletedAt: new Date(), isGoLive: false } });
    const successors = (
      await tx.timelineStep.findMany({
        where: { id: { in: successorLinks.map((link) => link.stepId) } },
        select: stepViewSelect,
      })
    ).map(stepView);
    const event = await recordEvent(tx, { launchId, type: "step.deleted", actor, data: { step: current, successors } });
    return { result: { deleted: stepId }, event };
  });
}
