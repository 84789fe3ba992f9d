import { getDb } from "@/lib/db";
import { sendToChannel } from "@/lib/outbound/send-to-channel";
import { nextAttemptDelayMs } from "@/lib/outbound/retry-policy";

export type DeliverResult =
  { outcome: "skipped" } | { outcome: "delivered" } | { outcome: "failed" } | { outcome: "retry"; at: Date };

/**
 * One attempt at one outbox row. The claim (pending → sending, attempts + 1) is a conditional update,
 * so a job that runs twice, or two servers that pick up the same row, make one attempt, not two.
 */
export async function deliverOne(deliveryId: string): Promise<DeliverResult> {
  const db = getDb();
  const claim = await db.outboundDelivery.updateMany({
    where: { id: deliveryId, status: "pending", nextAttemptAt: { lte: new Date() } },
    data: { status: "sending", attempts: { increment: 1 } },
  });
  if (claim.count === 0) return { outcome: "skipped" };
  const delivery = await db.outboundDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    include: { channel: true, launch: { select: { id: true, name: true, status: true, isRehearsal: true } } },
  });
  const attempt =
    delivery.channel.deletedAt || !delivery.channel.enabled
      ? { ok: false, responseCode: null, error: "The channel was removed or disabled." }
      : await sendToChannel(delivery.channel, delivery, delivery.launch);
  if (attempt.ok) {
    await db.outboundDelivery.update({
      where: { id: deliveryId },
      data: { status: "delivered", deliveredAt: new Date(), responseCode: attempt.responseCode, lastError: "" },
    });
    return { outcome: "delivered" };
  }
  const delay = delivery.channel.deletedAt || !delivery.channel.enabled ? null : nextAttemptDelayMs(delivery.attempts);
  const at = delay === null ? null : new Date(Date.now() + delay);
  await db.outboundDelivery.update({
    where: { id: deliveryId },
    data: {
      status: at ? "pending" : "failed",
      nextAttemptAt: at ?? undefined,
      responseCode: attempt.responseCode,
      lastError: attempt.error,
    },
  });
  return at ? { outcome: "retry", at } : { outcome: "failed" };
}
