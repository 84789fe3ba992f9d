import type { Tx } from "@/lib/db";
import { channelSelect } from "@/lib/outbound/channel-view";
import { notFound } from "@/lib/errors";

/** A live channel of this launch, or 404. */
export async function requireChannel(tx: Tx, launchId: string, channelId: string) {
  const row = await tx.outboundChannel.findFirst({
    where: { id: channelId, launchId, deletedAt: null },
    select: channelSelect,
  });
  if (!row) throw notFound("Channel");
  return row;
}
