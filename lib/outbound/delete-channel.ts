import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { channelView } from "@/lib/outbound/channel-view";
import { requireChannel } from "@/lib/outbound/require-channel";

/** Removes a channel (lead). Its delivery log is kept; its pending deliveries fail with a reason. */
export async function deleteChannel({
  actor,
  launchId,
  channelId,
}: {
  actor: Actor;
  launchId: string;
  channelId: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const channel = channelView(await requireChannel(tx, launchId, channelId));
    await tx.outboundChannel.update({ where: { id: channelId }, data: { deletedAt: new Date(), enabled: false } });
    await tx.outboundDelivery.updateMany({
      where: { channelId, status: "pending" },
      data: { status: "failed", lastError: "The channel was removed." },
    });
    const event = await recordEvent(tx, { launchId, type: "channel.deleted", actor, data: { channel } });
    return { result: channel, event };
  });
}
