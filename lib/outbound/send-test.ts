import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { channelView, deliverySelect, deliveryView } from "@/lib/outbound/channel-view";
import { requireChannel } from "@/lib/outbound/require-channel";
import { kickDeliveries } from "@/lib/outbound/dispatcher";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sends a test to one channel (lead): the payload is this very request's audit event, so the receiver
 * sees a real envelope, flagged `test: true`. Answers at once; the delivery log shows the outcome.
 */
export async function sendTest({ actor, launchId, channelId }: { actor: Actor; launchId: string; channelId: string }) {
  const deliveryId = randomUUID();
  const delivery = await commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const channel = channelView(await requireChannel(tx, launchId, channelId));
    const event = await recordEvent(tx, {
      launchId,
      type: "delivery.requested",
      actor,
      data: { channel, deliveryId, reason: "test" },
    });
    const row = await tx.outboundDelivery.create({
      data: {
        id: deliveryId,
        launchId,
        channelId,
        eventType: event.type,
        eventSeq: event.seq,
        payload: event as unknown as Prisma.InputJsonValue,
        isTest: true,
      },
      select: deliverySelect,
    });
    return { result: deliveryView(row), event };
  });
  kickDeliveries([delivery.id]);
  return delivery;
}
