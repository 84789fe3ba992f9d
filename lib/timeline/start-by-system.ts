import type { Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { recordEvent } from "@/lib/audit/record-event";
import { systemActor } from "@/lib/audit/system-actor";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { lockStep } from "@/lib/timeline/lock-step";
import { notYetDue, openPredecessors } from "@/lib/timeline/step-guards";

export type AutoStartCause = "predecessors_done" | "fixed_start" | "boot_recovery";

/**
 * Starts an auto-start step on the system's behalf, if it is still pending, all its predecessors are
 * complete, it is not a point of no return (that needs the lead) and a fixed start has come. `at` is the
 * stamp: the server's clock, or on boot the moment it should have started. Returns the event, or null.
 */
export async function startBySystem(
  tx: Tx,
  launchId: string,
  stepId: string,
  { now, at = now, cause, note = "" }: { now: Date; at?: Date; cause: AutoStartCause; note?: string },
): Promise<LaunchEvent | null> {
  const current = await lockStep(tx, launchId, stepId);
  if (!current.autoStart || current.pointOfNoReturn || current.status !== "pending") return null;
  if ((await openPredecessors(tx, stepId)).length > 0) return null;
  if (await notYetDue(tx, launchId, current, now)) return null;
  const step = stepView(
    await tx.timelineStep.update({
      where: { id: stepId },
      data: {
        status: "in_progress",
        actualStart: at,
        actualEnd: null,
        systemNote: note,
        version: { increment: 1 },
        updatedAt: now,
        updatedById: null,
      },
      select: stepViewSelect,
    }),
  );
  return recordEvent(tx, {
    launchId,
    type: "step.started",
    actor: systemActor,
    data: { step, from: "pending", automatic: { cause, note } },
  });
}

/** After a step completed or was skipped: starts each auto-start successor that no longer waits for anything. */
export async function startReadySuccessors(
  tx: Tx,
  launchId: string,
  stepId: string,
  now: Date,
): Promise<LaunchEvent[]> {
  const successors = await tx.stepLink.findMany({
    where: { predecessorId: stepId, step: { deletedAt: null, autoStart: true, status: "pending" } },
    select: { stepId: true, step: { select: { position: true } } },
    orderBy: { step: { position: "asc" } },
  });
  const events: LaunchEvent[] = [];
  for (const { stepId: successorId } of successors) {
    const event = await startBySystem(tx, launchId, successorId, { now, cause: "predecessors_done" });
    if (event) events.push(event);
  }
  return events;
}
