import { getDb } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { renderPlannedMessage } from "@/lib/comms/render-planned-message";
import { kickDeliveries } from "@/lib/outbound/dispatcher";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sends one planned message that is due: renders it, marks it sent (by Launch Control) with the text
 * sent, and queues it to its channels — all in one transaction. The claim (sentAt still empty) makes a
 * second server or a second tick a no-op. A rehearsal sends in test mode unless the lead made it live.
 */
export async function sendPlannedMessage(messageId: string, now = new Date()): Promise<boolean> {
  const message = await getDb().communication.findUnique({ where: { id: messageId }, select: { launchId: true } });
  if (!message) return false;
  const deliveryIds = await commitChange(message.launchId, async (tx) => {
    const claim = await tx.communication.updateMany({
      where: { id: messageId, sentAt: null, deletedAt: null, dueAt: { lte: now } },
      data: { sentAt: now, sentById: null, sentByName: "Launch Control" },
    });
    if (claim.count === 0) return { result: null, event: null };
    const message = await tx.communication.findUniqueOrThrow({
      where: { id: messageId },
      select: { ...communicationSelect, launchId: true },
    });
    const launch = await tx.launch.findUniqueOrThrow({
      where: { id: message.launchId },
      select: { isRehearsal: true, commsLive: true },
    });
    const sentText = await renderPlannedMessage(tx, message.launchId, message.text);
    const row = await tx.communication.update({
      where: { id: messageId },
      data: { sentText },
      select: communicationSelect,
    });
    const communication = communicationView(row);
    const event = await recordEvent(tx, {
      launchId: message.launchId,
      type: "communication.sent",
      actor: null,
      data: { communication },
    });
    const channels = await tx.outboundChannel.findMany({
      where: { id: { in: row.channelIds }, launchId: message.launchId, deletedAt: null, enabled: true },
      select: { id: true },
    });
    const rows = await tx.outboundDelivery.createManyAndReturn({
      data: channels.map((channel) => ({
        launchId: message.launchId,
        channelId: channel.id,
        eventType: event.type,
        eventSeq: event.seq,
        payload: event as unknown as Prisma.InputJsonValue,
        isTest: launch.isRehearsal && !launch.commsLive,
      })),
      select: { id: true },
    });
    return { result: rows.map((r) => r.id), event };
  });
  if (deliveryIds) kickDeliveries(deliveryIds);
  return deliveryIds !== null;
}

/** Every planned message with channels whose time has come (called by the server every few seconds). */
export async function sendDueMessages(now = new Date()): Promise<number> {
  const due = await getDb().communication.findMany({
    where: { sentAt: null, deletedAt: null, dueAt: { lte: now }, NOT: { channelIds: { isEmpty: true } } },
    select: { id: true },
    orderBy: { dueAt: "asc" },
    take: 100,
  });
  let sent = 0;
  for (const { id } of due) if (await sendPlannedMessage(id, now)) sent++;
  return sent;
}
