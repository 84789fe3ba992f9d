import type { Tx } from "@/lib/db";
import { type LaunchClock, occurrenceAt } from "@/lib/comms/message-time";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { recordEvent } from "@/lib/audit/record-event";
import type { LaunchEvent } from "@/lib/realtime/envelope";

export const messageTimingSelect = {
  timeAnchor: true,
  fixedAt: true,
  offsetMinutes: true,
  anchorStepId: true,
  anchorCheckpoint: true,
  repeatEveryMinutes: true,
  repeatForMinutes: true,
} as const;

/** What the launch's messages can be timed from, read inside the caller's transaction. */
export async function readLaunchClock(tx: Tx, launchId: string): Promise<LaunchClock> {
  const launch = await tx.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      goLiveAt: true,
      steps: { where: { deletedAt: null }, select: { id: true, actualStart: true, actualEnd: true, status: true } },
      checkpoints: { select: { number: true, submittedAt: true } },
    },
  });
  return launch;
}

/**
 * Re-resolves the send time (`dueAt`) of every unsent planned message of the launch from what has
 * happened: go-live moved, a step started or completed, a checkpoint was submitted. Runs inside the
 * change's own transaction (commitChange), so the scheduler never sees a time the change has undone.
 * Returns the ids of the messages that got a new time.
 */
export async function rescheduleMessages(tx: Tx, launchId: string, onlyId?: string): Promise<string[]> {
  const messages = await tx.communication.findMany({
    where: { launchId, sentAt: null, deletedAt: null, ...(onlyId && { id: onlyId }) },
    select: { id: true, dueAt: true, nextOccurrence: true, ...messageTimingSelect },
  });
  if (messages.length === 0) return [];
  const clock = await readLaunchClock(tx, launchId);
  const changed: string[] = [];
  for (const message of messages) {
    const dueAt = occurrenceAt(message, clock, message.nextOccurrence);
    if ((dueAt?.getTime() ?? null) === (message.dueAt?.getTime() ?? null)) continue;
    await tx.communication.update({ where: { id: message.id }, data: { dueAt } });
    changed.push(message.id);
  }
  return changed;
}

/**
 * After a change that can move messages (go-live, a step, a checkpoint): re-places them and records a
 * `communication.saved` event (by the system) for each one that moved, so every screen shows its new time.
 */
export async function rescheduleAfterChange(tx: Tx, launchId: string): Promise<LaunchEvent[]> {
  const moved = await rescheduleMessages(tx, launchId);
  const events: LaunchEvent[] = [];
  for (const id of moved) {
    const communication = communicationView(
      await tx.communication.findUniqueOrThrow({ where: { id }, select: communicationSelect }),
    );
    events.push(await recordEvent(tx, { launchId, type: "communication.saved", actor: null, data: { communication } }));
  }
  return events;
}
