import { getDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import type { JobQueue } from "@/lib/outbound/queue";
import { deliverOne } from "@/lib/outbound/deliver-one";
import { sendDueMessages } from "@/lib/comms/send-planned-message";
import { runDueProbes } from "@/lib/probes/run-due-probes";

// The queue lives in server.ts's part of the process; route handlers (Next's own bundle) reach it
// through globalThis, like the socket.io server.
const JOB = "outbound-delivery";
const holder = globalThis as unknown as { launchControlOutbound?: JobQueue };

/**
 * After commit: asks the queue to send these outbox rows. Fire and forget: a write never waits for
 * an endpoint, and a row whose job is lost (crash, queue down) is found again by `sweepOutbox`.
 */
export function kickDeliveries(deliveryIds: string[]): void {
  const queue = holder.launchControlOutbound;
  if (!queue) return;
  for (const id of deliveryIds) {
    queue
      .enqueue(JOB, { deliveryId: id }, { singletonKey: `${id}:first` })
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
    await queue.enqueue(
      JOB,
      { deliveryId: row.id },
      { startAfter: row.nextAttemptAt, singletonKey: `${row.id}:${row.attempts}` },
    );
  return pending.length;
}

/** Starts the delivery worker on a queue (server start-up, tests). Returns a stop function. */
export async function startOutboundWorker(
  queue: JobQueue,
  { sweepEverySeconds = 60, messagesEverySeconds = 5 } = {},
): Promise<() => Promise<void>> {
  holder.launchControlOutbound = queue;
  await queue.work(JOB, async (data) => {
    const { deliveryId } = data as { deliveryId: string };
    const result = await deliverOne(deliveryId);
    if (result.outcome === "retry")
      await queue.enqueue(
        JOB,
        { deliveryId },
        { startAfter: result.at, singletonKey: `${deliveryId}:retry:${result.at.getTime()}` },
      );
  });
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
    if (holder.launchControlOutbound === queue) holder.launchControlOutbound = undefined;
    await queue.stop();
  };
}
