import type { Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { recordEvent } from "@/lib/audit/record-event";
import { systemActor } from "@/lib/audit/system-actor";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";
import { stepSideEffects } from "@/lib/timeline/step-side-effects";

/**
 * A decision step follows its gate: GO completes it, NO-GO fails it, both on the system's behalf and
 * stamped now; completing it sets off what any completion does (successors auto-start, the launch's status).
 */
export async function followGateOnStep(
  tx: Tx,
  {
    launchId,
    stepId,
    decision,
    gateTitle,
    now,
  }: { launchId: string; stepId: string | null; decision: "go" | "no_go" | "hold"; gateTitle: string; now: Date },
): Promise<LaunchEvent[]> {
  if (!stepId || decision === "hold") return [];
  const current = await lockStep(tx, launchId, stepId).catch(() => null);
  if (!current || current.kind !== "decision" || !["pending", "in_progress"].includes(current.status)) return [];
  const status = decision === "go" ? "done" : "failed";
  const note = `"${gateTitle}" was decided ${decision === "go" ? "GO" : "NO-GO"}.`;
  const step = stepView(
    await tx.timelineStep.update({
      where: { id: stepId },
      data: {
        status,
        actualStart: current.actualStart ?? now,
        actualEnd: now,
        systemNote: note,
        version: { increment: 1 },
        updatedAt: now,
        updatedById: null,
      },
      select: stepViewSelect,
    }),
  );
  const event = await recordEvent(tx, {
    launchId,
    type: status === "done" ? "step.completed" : "step.failed",
    actor: systemActor,
    data: { step, from: current.status },
  });
  return [event, ...(await stepSideEffects(tx, { launchId, actor: systemActor, step, from: current.status, now }))];
}
