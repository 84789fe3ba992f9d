import { getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import type { JobQueue } from "@/lib/jobs/job-queue";
import { findJobQueue } from "@/lib/jobs/jobs";
import { outboundDeliveryJob } from "@/lib/outbound/deliver-job";
import { sendDueMessages } from "@/lib/comms/send-planned-message";
import { runDueProbes } from "@/lib/probes/run-due-probes";

/**
 * After commit: asks the job queue to send these outbox rows. Fire and forget: a write never waits for
 * an endpoint, and a row whose job is lost (crash, queue down) is found again by `sweepOutbox`.
 */
export function kickDeliveries(deliveryIds: string[]): void {
  const queue = findJobQueue();
  if (!queue) return;
  for (const deliveryId of deliveryIds) {
    queue
      .schedule(outboundDeliveryJob, { deliveryId }, { key: `${deliveryId}:first` })
      .catch((error) => console.error("[outbound] enqueue failed; the sweep will retry:", error));
  }
}

/** Queues every pending row, and takes back rows left "sending" by a server that died mid-attempt. */
export async function sweepOutbox(queue: JobQueue): Promise<number> {
  const db = getDb();
  const stale = new Date(Date.now() - (readEnv().OUTBOUND_TIMEOUT_SECONDS + 60) * 1000);
  await db.outboundDelivery.updateMany({
    where: { status: "sending", updatedAt: { lt: stale } },
    data: { status: "pending", lastError: "The server stopped during this attempt; trying again." },
  });
  const pending = await db.outboundDelivery.findMany({
    where: { status: "pending" },
    select: { id: true, attempts: true, nextAttemptAt: true },
    take: 1000,
    orderBy: { nextAttemptAt: "asc" },
  });
  for (const row of pending)
    await queue.schedule(
      outboundDeliveryJob,
      { deliveryId: row.id },
      { at: row.nextAttemptAt, key: `${row.id}:${row.attempts}` },
    );
  return pending.length;
}

/**
 * Starts the outbox sweep and the planned-message and probe ticks beside the server's job queue
 * (which must have `outboundDeliveryJob` registered and be the one `getJobQueue` returns). Returns a
 * stop function for the timers; the queue belongs to its caller.
 */
export async function startOutboundWorker(
  queue: JobQueue,
  { sweepEverySeconds = 60, messagesEverySeconds = 5 } = {},
): Promise<() => Promise<void>> {
  await sweepOutbox(queue);
  const timer = setInterval(
    () => void sweepOutbox(queue).catch((error) => console.error("[outbound] sweep failed:", error)),
    sweepEverySeconds * 1000,
  );
  timer.unref();
  // Planned messages with channels go out at their time; the claim in sendPlannedMessage keeps two servers from both sending.
  // Health probes ride the same tick: each runs no more often than its own interval.
  const messages = setInterval(() => {
    void sendDueMessages().catch((error) => console.error("[outbound] planned messages failed:", error));
    void runDueProbes().catch((error) => console.error("[probes] run failed:", error));
  }, messagesEverySeconds * 1000);
  messages.unref();
  return async () => {
    clearInterval(timer);
    clearInterval(messages);
  };
}
