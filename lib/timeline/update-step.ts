import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { requireMemberUser } from "@/lib/launches/require-member-user";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";
import { checkDependencies } from "@/lib/timeline/check-dependencies";
import type { UpdateStepInput } from "@/lib/timeline/schemas";
import { AppError } from "@/lib/errors";
import { toDate } from "@/lib/validation";
import { requireCommunication } from "@/lib/timeline/require-communication";

/** Edits a step's plan: title, phase, owner, planned time and duration, predecessors, notes (lead). */
export async function updateStep({
  actor,
  launchId,
  stepId,
  version,
  predecessorIds,
  ...fields
}: { actor: Actor; launchId: string; stepId: string } & UpdateStepInput) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "timeline.edit");
    const current = await lockStep(tx, launchId, stepId);
    const currentView = stepView(current);
    const next: Record<string, unknown> = { ...fields, plannedStart: toDate(fields.plannedStart) };
    // Placing a step one way replaces the other way.
    if (fields.plannedStart) next.plannedOffsetMinutes = null;
    if (fields.plannedOffsetMinutes != null) next.plannedStart = null;
    const changes = diffFields({ ...current, ownerId: current.ownerId }, next);
    const predecessorsChanged =
      predecessorIds !== undefined && [...predecessorIds].sort().join() !== currentView.predecessorIds.join();
    if (predecessorsChanged)
      changes.predecessorIds = { from: currentView.predecessorIds, to: [...predecessorIds!].sort() };
    if (Object.keys(changes).length === 0) return { result: currentView, event: null };
    if (version !== undefined && version !== current.version) {
      throw new AppError("conflict", `Someone else changed "${current.title}" first; review it and try again.`, {
        current: currentView,
      });
    }
    if (fields.ownerId) await requireMemberUser(tx, launchId, fields.ownerId);
    if (fields.communicationId) await requireCommunication(tx, launchId, fields.communicationId);
    if (predecessorsChanged) {
      await checkDependencies(tx, launchId, stepId, predecessorIds!);
      await tx.stepLink.deleteMany({ where: { stepId } });
      await tx.stepLink.createMany({ data: predecessorIds!.map((predecessorId) => ({ stepId, predecessorId })) });
    }
    if (fields.isGoLive)
      await tx.timelineStep.updateMany({
        where: { launchId, isGoLive: true, id: { not: stepId } },
        data: { isGoLive: false },
      });
    const step = stepView(
      await tx.timelineStep.update({
        where: { id: stepId },
        data: { ...next, version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.id },
        select: stepViewSelect,
      }),
    );
    const event = await recordEvent(tx, { launchId, type: "step.updated", actor, data: { step, changes } });
    return { result: step, event };
  });
}
