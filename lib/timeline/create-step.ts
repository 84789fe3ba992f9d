import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { requireMemberUser } from "@/lib/launches/require-member-user";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { checkDependencies } from "@/lib/timeline/check-dependencies";
import { createStepInput, type CreateStepInput } from "@/lib/timeline/schemas";
import { toDate } from "@/lib/validation";
import { requireCommunication } from "@/lib/timeline/require-communication";

/** Adds a step to the launch's timeline (lead). */
export async function createStep({ actor, launchId, ...input }: { actor: Actor; launchId: string } & CreateStepInput) {
  const { predecessorIds, autoStart, kind, ...fields } = createStepInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "timeline.edit");
    if (fields.ownerId) await requireMemberUser(tx, launchId, fields.ownerId);
    if (fields.communicationId) await requireCommunication(tx, launchId, fields.communicationId);
    const { autoStartSteps } = await tx.launch.findUniqueOrThrow({
      where: { id: launchId },
      select: { autoStartSteps: true },
    });
    await checkDependencies(tx, launchId, "", predecessorIds);
    if (fields.isGoLive)
      await tx.timelineStep.updateMany({ where: { launchId, isGoLive: true }, data: { isGoLive: false } });
    const position = await tx.timelineStep.count({ where: { launchId } });
    const created = await tx.timelineStep.create({
      data: {
        ...fields,
        kind: kind ?? (fields.isMilestone ? "milestone" : "task"),
        autoStart: autoStart ?? autoStartSteps,
        plannedStart: toDate(fields.plannedStart),
        launchId,
        position,
        updatedById: actor.id,
        predecessors: { create: predecessorIds.map((predecessorId) => ({ predecessorId })) },
      },
      select: stepViewSelect,
    });
    const step = stepView(created);
    const event = await recordEvent(tx, { launchId, type: "step.created", actor, data: { step } });
    return { result: step, event };
  });
}
