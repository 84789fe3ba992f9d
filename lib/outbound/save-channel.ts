import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { channelSelect, channelView } from "@/lib/outbound/channel-view";
import { newWebhookSecret } from "@/lib/outbound/sign";
import { seal } from "@/lib/secrets/secret-box";
import { saveChannelInput } from "@/lib/outbound/schemas";
import { diffFields } from "@/lib/audit/diff-fields";
import { AppError, notFound, requireCurrentVersion } from "@/lib/errors";
import type { z } from "zod";

/**
 * Adds (or, with id, changes) an outbound channel (lead). A new generic webhook gets its signing
 * secret, returned in this answer only.
 */
export async function saveChannel({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & z.input<typeof saveChannelInput>) {
  const { id, version, ...data } = saveChannelInput.parse(input);
  const fields = {
    kind: data.kind,
    name: data.name,
    eventTypes: data.eventTypes,
    enabled: data.enabled,
    url: seal("url" in data ? data.url : ""),
    emailTo: "emailTo" in data ? data.emailTo : "",
  };
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    if (id) {
      const current = await tx.outboundChannel.findFirst({
        where: { id, launchId, deletedAt: null },
        select: channelSelect,
      });
      if (!current) throw notFound("Channel");
      requireCurrentVersion(version, current, `the channel "${current.name}"`, channelView(current));
      if (current.kind !== data.kind)
        throw new AppError(
          "invalid",
          `A channel cannot change kind (${current.kind} → ${data.kind}); add a new channel instead.`,
        );
      // A save that changes nothing records no event, so it keeps the version everyone else holds.
      const changed = Object.keys(diffFields(current, fields)).length > 0;
      const row = await tx.outboundChannel.update({
        where: { id },
        data: { ...fields, ...(changed && { version: { increment: 1 } }) },
        select: channelSelect,
      });
      const channel = channelView(row);
      const { name, target, eventTypes, enabled } = channel;
      const changes = diffFields(channelView(current), { name, target, eventTypes, enabled });
      const event = Object.keys(changes).length
        ? await recordEvent(tx, { launchId, type: "channel.saved", actor, data: { channel, changes } })
        : null;
      return { result: { channel, secret: null }, event };
    }
    const secret = data.kind === "webhook" ? newWebhookSecret() : "";
    const row = await tx.outboundChannel.create({
      data: { ...fields, secret: seal(secret), launchId },
      select: channelSelect,
    });
    const channel = channelView(row);
    const event = await recordEvent(tx, {
      launchId,
      type: "channel.saved",
      actor,
      data: { channel, changes: { kind: { from: null, to: channel.kind } } },
    });
    return { result: { channel, secret: secret || null }, event };
  });
}
