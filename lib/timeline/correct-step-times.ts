import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";
import { AppError } from "@/lib/errors";
import { toDate } from "@/lib/validation";

/** Corrects a step's actual start or end (e.g. someone pressed "start" late); the reason is recorded. */
export async function correctStepTimes({
  actor,
  launchId,
  stepId,
  reason,
  ...times
}: {
  actor: Actor;
  launchId: string;
  stepId: string;
  actualStart?: string | null;
  actualEnd?: string | null;
  reason: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "timeline.edit");
    const current = await lockStep(tx, launchId, stepId);
    const next = { actualStart: toDate(times.actualStart), actualEnd: toDate(times.actualEnd) };
    const start = next.actualStart === undefined ? current.actualStart : next.actualStart;
    const end = next.actualEnd === undefined ? current.actualEnd : next.actualEnd;
    if (end && !start)
      throw new AppError("invalid", "A step cannot have ended without having started.", {
        fields: { actualStart: ["Required with actualEnd."] },
      });
    if (start && end && end < start)
      throw new AppError("invalid", "The actual end must be after the actual start.", {
        fields: { actualEnd: ["Before the start."] },
      });
    const changes = diffFields(current, next);
    if (Object.keys(changes).length === 0) return { result: stepView(current), event: null };
    const step = stepView(
      await tx.timelineStep.update({
        where: { id: stepId },
        data: { ...next, version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.id },
        select: stepViewSelect,
      }),
    );
    const event = await recordEvent(tx, { launchId, type: "step.corrected", actor, data: { step, changes, reason } });
    return { result: step, event };
  });
}
