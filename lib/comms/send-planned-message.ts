import { getDb } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { renderPlannedMessage } from "@/lib/comms/render-planned-message";
import { occurrenceAt, occurrenceCount, occurrenceToSend } from "@/lib/comms/message-time";
import { messageTimingSelect, readLaunchClock } from "@/lib/comms/reschedule-messages";
import { kickDeliveries } from "@/lib/outbound/dispatcher";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Sends the due occurrence of one planned message: renders it from its template now, records the
 * occurrence with the text sent, moves the message on to its next occurrence (or marks it sent, by
 * Launch Control, after its last), and queues it to its channels — all in one transaction under the
 * launch's lock. The claim (the occurrence still the next one) makes a second server or tick a no-op.
 * A rehearsal sends in test mode unless the lead made it live.
 */
export async function sendPlannedMessage(messageId: string, now = new Date()): Promise<boolean> {
  const found = await getDb().communication.findUnique({ where: { id: messageId }, select: { launchId: true } });
  if (!found) return false;
  const launchId = found.launchId;
  const deliveryIds = await commitChange(launchId, async (tx) => {
    const message = await tx.communication.findUniqueOrThrow({
      where: { id: messageId },
      select: { nextOccurrence: true, sentAt: true, deletedAt: true, text: true, ...messageTimingSelect },
    });
    if (message.sentAt || message.deletedAt) return { result: null, event: null };
    const clock = await readLaunchClock(tx, launchId);
    const due = occurrenceToSend(message, clock, message.nextOccurrence, now);
    if (!due) return { result: null, event: null };
    const last = due.index + 1 >= occurrenceCount(message);
    const claim = await tx.communication.updateMany({
      where: { id: messageId, sentAt: null, nextOccurrence: message.nextOccurrence },
      data: {
        nextOccurrence: due.index + 1,
        dueAt: last ? due.dueAt : occurrenceAt(message, clock, due.index + 1),
        ...(last && { sentAt: now, sentById: null, sentByName: "Launch Control" }),
      },
    });
    if (claim.count === 0) return { result: null, event: null };
    const sentText = await renderPlannedMessage(tx, launchId, message.text);
    await tx.communicationSend.create({
      data: { communicationId: messageId, occurrence: due.index, dueAt: due.dueAt, sentAt: now, sentText },
    });
    const row = await tx.communication.update({
      where: { id: messageId },
      data: { sentText },
      select: communicationSelect,
    });
    const launch = await tx.launch.findUniqueOrThrow({
      where: { id: launchId },
      select: { isRehearsal: true, commsLive: true },
    });
    const communication = communicationView(row);
    const event = await recordEvent(tx, { launchId, type: "communication.sent", actor: null, data: { communication } });
    const channels = await tx.outboundChannel.findMany({
      where: { id: { in: row.channelIds }, launchId, deletedAt: null, enabled: true },
      select: { id: true },
    });
    const rows = await tx.outboundDelivery.createManyAndReturn({
      data: channels.map((channel) => ({
        launchId,
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
