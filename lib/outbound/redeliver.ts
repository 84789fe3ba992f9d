import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { channelView, deliverySelect, deliveryView } from "@/lib/outbound/channel-view";
import { requireChannel } from "@/lib/outbound/require-channel";
import { kickDeliveries } from "@/lib/outbound/dispatcher";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sends a past delivery's event again (lead), as a new row in the log so the first one's history stays.
 * A delivery still being tried is refused: it would arrive twice.
 */
export async function redeliver({
  actor,
  launchId,
  channelId,
  deliveryId,
}: {
  actor: Actor;
  launchId: string;
  channelId: string;
  deliveryId: string;
}) {
  const newId = randomUUID();
  const delivery = await commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const channel = channelView(await requireChannel(tx, launchId, channelId));
    const original = await tx.outboundDelivery.findFirst({ where: { id: deliveryId, channelId } });
    if (!original) throw notFound("Delivery");
    if (original.status === "pending" || original.status === "sending") {
      throw new AppError(
        "conflict",
        "This delivery is still being tried; wait for it to succeed or fail before redelivering.",
      );
    }
    const row = await tx.outboundDelivery.create({
      data: {
        id: newId,
        launchId,
        channelId,
        eventType: original.eventType,
        eventSeq: original.eventSeq,
        payload: original.payload as Prisma.InputJsonValue,
        isTest: original.isTest,
      },
      select: deliverySelect,
    });
    const event = await recordEvent(tx, {
      launchId,
      type: "delivery.requested",
      actor,
      data: { channel, deliveryId: newId, reason: "redeliver" },
    });
    return { result: deliveryView(row), event };
  });
  kickDeliveries([delivery.id]);
  return delivery;
}
