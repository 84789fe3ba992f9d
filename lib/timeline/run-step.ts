import type { Actor } from "@/lib/auth/actor";
import { canRunStep } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";
import { statusLabels, stepEventType, stepTransitions } from "@/lib/timeline/step-transitions";
import type { StepAction } from "@/lib/timeline/schemas";
import { AppError } from "@/lib/errors";

/**
 * Starts, completes, skips, fails or reopens a step, stamping times with the server's clock so every
 * screen agrees. Completing with required linked items still open needs `confirmOpenItems`, and the
 * confirmation (with the open items) is recorded.
 */
export async function runStep({ actor, launchId, stepId, action, confirmOpenItems = false }: { actor: Actor; launchId: string; stepId: string; action: StepAction; confirmOpenItems?: boolean; note?: string }) {
  return commitChange(async (tx) => {
    const membership = await requireMembership(tx, launchId, actor, "launch.view", { write: true });
    const current = await lockStep(tx, launchId, stepId);
    const allowed = action === "reopen" ? membership.role === "lead" : canRunStep({ role: membership.role, actorId: actor.id, ownerId: current.ownerId, myFunction: membership.function, ownerLabel: current.ownerLabel });
    if (!allowed) {
      throw new AppError("forbidden", membership.role === "member" ? `"${current.title}" is not yours to run; its owner or the lead can.` : `Your role on this launch (${membership.role}) cannot run timeline steps.`);
    }
    const transition = stepTransitions[action];
    if (!transition.from.includes(current.status)) {
      throw new AppError("conflict", `"${current.title}" is ${statusLabels[current.status]}; it cannot be ${action === "reopen" ? "reopened" : `${action}ed`} now.`, {
        current: stepView(current),
      });
    }
    const openRequiredItems =
      action === "complete"
        ? (await tx.checklistItem.findMany({ where: { stepId, required: true, deletedAt: null, status: { notIn: ["done", "not_applicable"] } }, select: { title: true } })).map((item) => item.title)
        : [];
    if (openRequiredItems.length > 0 && !confirmOpenItems) {
      throw new AppError("conflict", `"${current.title}" still has ${openRequiredItems.length} required item(s) open: ${openRequiredItems.join("; ")}. Complete anyway with confirmOpenItems: true.`, {
        openRequiredItems,
        needsConfirmation: true,
      });
    }
    const now = new Date();
    const step = stepView(
      await tx.timelineStep.update({
        where: { id: stepId },
        data: {
          status: transition.to,
          ...(transition.stamps.includes("start") && !current.actualStart && { actualStart: now }),
          ...(transition.stamps.includes("end") && { actualEnd: now }),
          ...(action === "start" && { actualEnd: null }),
          ...(transition.clears && { actualStart: null, actualEnd: null }),
          version: { increment: 1 },
          updatedAt: now,
          updatedById: actor.id,
        },
        select: stepViewSelect,
      }),
    );
    const event = await recordEvent(tx, {
      launchId,
      type: stepEventType[action],
      actor,
      data: { step, from: current.status, ...(openRequiredItems.length > 0 && { openRequiredItems }) },
    });
    return { result: step, event };
  });
}
