import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { communicationSelect, communicationView } from "@/lib/comms/communication-view";
import { AppError, notFound } from "@/lib/errors";

/** Marks a planned message sent, by whom and when (lead or member). */
export async function markSent({ actor, launchId, messageId }: { actor: Actor; launchId: string; messageId: string }) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "comms.send");
    const current = await tx.communication.findFirst({
      where: { id: messageId, launchId, deletedAt: null },
      select: communicationSelect,
    });
    if (!current) throw notFound("Message");
    if (current.sentAt)
      throw new AppError(
        "conflict",
        `This message was already sent by ${current.sentByName} at ${current.sentAt.toISOString()}.`,
      );
    const row = await tx.communication.update({
      where: { id: messageId },
      data: { sentAt: new Date(), sentById: actor.id, sentByName: actor.name },
      select: communicationSelect,
    });
    const communication = communicationView(row);
    const event = await recordEvent(tx, { launchId, type: "communication.sent", actor, data: { communication } });
    return { result: communication, event };
  });
}
