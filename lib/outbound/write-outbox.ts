import type { Tx } from "@/lib/db";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockedLaunch } from "@/lib/realtime/lock-launch";

// Events about the integrations themselves are not sent out: a webhook that hears about its own
// deliveries would feed itself.
const NEVER_SENT = ["channel.", "delivery."];

/** Whether a channel's filter (types or families such as "gate") lets this event type through. */
export const filterMatches = (filter: string[], type: string) =>
  filter.length === 0 || filter.some((entry) => entry === type || type.startsWith(`${entry}.`));

/**
 * Writes one outbox row per channel of the launch that wants this event, inside the change's own
 * transaction: the change and its deliveries commit together or not at all. Returns the rows' ids.
 */
export async function writeOutbox(tx: Tx, event: LaunchEvent): Promise<string[]> {
  if (NEVER_SENT.some((prefix) => event.type.startsWith(prefix))) return [];
  // Under the launch's lock the channels were read with it (nobody can change them until commit).
  const channels =
    lockedLaunch(tx, event.launchId)?.channels ??
    (await tx.outboundChannel.findMany({
      where: { launchId: event.launchId, enabled: true, deletedAt: null },
      select: { id: true, eventTypes: true },
    }));
  // A planned message's own channels get it from sendPlannedMessage; do not send it to them twice.
  const own = event.type === "communication.sent" ? (event.data.communication.channelIds ?? []) : [];
  const wanted = channels.filter(
    (channel) => filterMatches(channel.eventTypes, event.type) && !own.includes(channel.id),
  );
  if (wanted.length === 0) return [];
  const rows = await tx.outboundDelivery.createManyAndReturn({
    data: wanted.map((channel) => ({
      launchId: event.launchId,
      channelId: channel.id,
      eventType: event.type,
      eventSeq: event.seq,
      payload: event as unknown as Prisma.InputJsonValue,
    })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
