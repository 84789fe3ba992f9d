import type { Tx } from "@/lib/db";
import { type LaunchClock, occurrenceAt } from "@/lib/comms/message-time";

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
 * Returns how many messages got a new time.
 */
export async function rescheduleMessages(tx: Tx, launchId: string, onlyId?: string): Promise<number> {
  const messages = await tx.communication.findMany({
    where: { launchId, sentAt: null, deletedAt: null, ...(onlyId && { id: onlyId }) },
    select: { id: true, dueAt: true, nextOccurrence: true, ...messageTimingSelect },
  });
  if (messages.length === 0) return 0;
  const clock = await readLaunchClock(tx, launchId);
  let changed = 0;
  for (const message of messages) {
    const dueAt = occurrenceAt(message, clock, message.nextOccurrence);
    if ((dueAt?.getTime() ?? null) === (message.dueAt?.getTime() ?? null)) continue;
    await tx.communication.update({ where: { id: message.id }, data: { dueAt } });
    changed++;
  }
  return changed;
}
