import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { channelView } from "@/lib/outbound/channel-view";
import { requireChannel } from "@/lib/outbound/require-channel";
import { newWebhookSecret } from "@/lib/outbound/sign";
import { seal } from "@/lib/secrets/secret-box";
import { AppError } from "@/lib/errors";

/** Replaces a webhook's signing secret and returns the new one — the only time it is shown (lead). */
export async function rotateChannelSecret({
  actor,
  launchId,
  channelId,
}: {
  actor: Actor;
  launchId: string;
  channelId: string;
}) {
  const secret = newWebhookSecret();
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const row = await requireChannel(tx, launchId, channelId);
    if (row.kind !== "webhook")
      throw new AppError(
        "invalid",
        "Only generic webhooks have a signing secret; Slack and Teams URLs are their own credential (replace the URL instead).",
      );
    await tx.outboundChannel.update({ where: { id: channelId }, data: { secret: seal(secret) } });
    const channel = channelView(row);
    const event = await recordEvent(tx, {
      launchId,
      type: "channel.saved",
      actor,
      data: { channel, changes: { secret: { from: "…", to: "new secret" } } },
    });
    return { result: { channel, secret }, event };
  });
}
