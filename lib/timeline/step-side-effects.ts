import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { StepData } from "@/lib/audit/event-types";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { recordEvent } from "@/lib/audit/record-event";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { followTheDay } from "@/lib/launches/follow-the-day";
import { startReadySuccessors } from "@/lib/timeline/start-by-system";

/**
 * What a step's run sets off in the same transaction, as follow-up events in order: a communication
 * step's message marked sent, auto-start successors started, the launch's status following the day.
 */
export async function stepSideEffects(
  tx: Tx,
  {
    launchId,
    actor,
    step,
    from,
    now,
  }: { launchId: string; actor: Actor | null; step: StepData; from: StepData["status"]; now: Date },
) {
  const events: LaunchEvent[] = [];
  if (step.status === "done" && step.kind === "communication" && step.communicationId) {
    const sent = await markMessageSent(tx, launchId, step.communicationId, actor, now);
    if (sent) events.push(sent);
  }
  const finished = step.status === "done" || step.status === "skipped";
  if (finished) events.push(...(await startReadySuccessors(tx, launchId, step.id, now)));
  const startedNow = step.status === "in_progress" && from !== "in_progress";
  const cue = finished
    ? ({ kind: "step_finished", isGoLive: step.isGoLive && step.status === "done" } as const)
    : startedNow || events.length > 0
      ? ({ kind: "step_started" } as const)
      : null;
  if (cue) {
    const lifecycle = await followTheDay(tx, launchId, cue);
    if (lifecycle) events.push(lifecycle);
  }
  return events;
}

async function markMessageSent(tx: Tx, launchId: string, messageId: string, actor: Actor | null, now: Date) {
  const current = await tx.communication.findFirst({
    where: { id: messageId, launchId, deletedAt: null },
    select: { sentAt: true },
  });
  if (!current || current.sentAt) return null;
  const row = await tx.communication.update({
    where: { id: messageId },
    data: { sentAt: now, sentById: actor?.id ?? null, sentByName: actor?.name ?? "the system" },
    select: communicationSelect,
  });
  return recordEvent(tx, {
    launchId,
    type: "communication.sent",
    actor,
    data: { communication: communicationView(row) },
  });
}
