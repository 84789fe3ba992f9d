import type { Actor } from "@/lib/auth/actor";
import { canRunStep } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";
import { statusLabels, stepEventType, stepTransitions } from "@/lib/timeline/step-transitions";
import { runStepInput, type RunStepInput, type StepAction } from "@/lib/timeline/schemas";
import { checkStart, checkCompletion } from "@/lib/timeline/run-step-checks";
import { stepSideEffects } from "@/lib/timeline/step-side-effects";
import { AppError } from "@/lib/errors";
import { serverNow } from "@/lib/realtime/database-clock";

/**
 * Starts, completes, skips, fails or reopens a step, stamping times with the server's clock so every
 * screen agrees. The guard rails (predecessors, fixed start, point of no return, open linked items, a
 * validation's outcome) are checked first; what the run sets off (auto-start successors, the launch's
 * status) is written in the same transaction and announced after the step's own event.
 */
export async function runStep({
  actor,
  launchId,
  stepId,
  action,
  ...options
}: { actor: Actor; launchId: string; stepId: string; action: StepAction } & RunStepInput) {
  const input = runStepInput.parse(options);
  return commitChange(launchId, async (tx) => {
    const membership = await requireMembership(tx, launchId, actor, "launch.view", { write: true });
    const current = await lockStep(tx, launchId, stepId);
    const allowed =
      action === "reopen"
        ? membership.role === "lead"
        : canRunStep({
            role: membership.role,
            actorId: actor.id,
            ownerId: current.ownerId,
            myFunction: membership.function,
            ownerLabel: current.ownerLabel,
          });
    if (!allowed) {
      throw new AppError(
        "forbidden",
        membership.role === "member"
          ? `"${current.title}" is not yours to run; its owner or the lead can.`
          : `Your role on this launch (${membership.role}) cannot run timeline steps.`,
      );
    }
    const transition = stepTransitions[action];
    if (!transition.from.includes(current.status)) {
      throw new AppError(
        "conflict",
        `"${current.title}" is ${statusLabels[current.status]}; it cannot be ${action === "reopen" ? "reopened" : `${action}ed`} now.`,
        {
          current: stepView(current),
        },
      );
    }
    // The clock every instance agrees on (the same one /api/time gives screens).
    const now = serverNow();
    const starting = action === "start" || (action === "complete" && current.status === "pending");
    const forced = starting
      ? await checkStart(tx, { launchId, step: current, role: membership.role, input, now })
      : null;
    const completion = action === "complete" ? await checkCompletion(tx, { step: current, input }) : null;
    const status = completion?.outcome === "fail" ? "failed" : transition.to;
    const step = stepView(
      await tx.timelineStep.update({
        where: { id: stepId },
        data: {
          status,
          ...(transition.stamps.includes("start") && !current.actualStart && { actualStart: now }),
          ...(transition.stamps.includes("end") && { actualEnd: now }),
          ...(action === "start" && { actualEnd: null }),
          ...(transition.clears && {
            actualStart: null,
            actualEnd: null,
            forcedReason: "",
            systemNote: "",
            outcome: null,
          }),
          ...(forced && { forcedReason: forced.reason }),
          ...(completion?.outcome && { outcome: completion.outcome, evidence: completion.evidence }),
          version: { increment: 1 },
          updatedAt: now,
          updatedById: actor.id,
        },
        select: stepViewSelect,
      }),
    );
    const event = await recordEvent(tx, {
      launchId,
      type: status === "failed" && action === "complete" ? "step.failed" : stepEventType[action],
      actor,
      data: {
        step,
        from: current.status,
        ...(completion && completion.openItems.length > 0 && { openItems: completion.openItems }),
        ...(completion &&
          completion.openRequiredItems.length > 0 && { openRequiredItems: completion.openRequiredItems }),
        ...(forced && { forced }),
      },
    });
    const followUps = await stepSideEffects(tx, { launchId, actor, step, from: current.status, now });
    return { result: step, event, followUps };
  });
}
