import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { deliverySelect, deliveryView } from "@/lib/outbound/channel-view";
import { notFound } from "@/lib/errors";

/** One channel's delivery log, newest first (lead): status, attempts, last error, response code. */
export async function listDeliveries({
  actor,
  launchId,
  channelId,
  limit = 50,
}: {
  actor: Actor;
  launchId: string;
  channelId: string;
  limit?: number;
}) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "integrations.manage", { write: false });
  if (!(await db.outboundChannel.findFirst({ where: { id: channelId, launchId }, select: { id: true } })))
    throw notFound("Channel");
  const rows = await db.outboundDelivery.findMany({
    where: { channelId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: deliverySelect,
  });
  return rows.map(deliveryView);
}
