import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { channelSelect, channelView, deliverySelect, deliveryView } from "@/lib/outbound/channel-view";

/** The launch's channels, each with its latest deliveries (lead): the integrations page in one call. */
export async function listChannels({
  actor,
  launchId,
  limit = 20,
}: {
  actor: Actor;
  launchId: string;
  limit?: number;
}) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "integrations.manage", { write: false });
  const rows = await db.outboundChannel.findMany({
    where: { launchId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { ...channelSelect, deliveries: { select: deliverySelect, orderBy: { createdAt: "desc" }, take: limit } },
  });
  return rows.map(({ deliveries, ...row }) => ({ ...channelView(row), deliveries: deliveries.map(deliveryView) }));
}
