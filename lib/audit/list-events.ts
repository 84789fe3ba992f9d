import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { eventView } from "@/lib/audit/event-view";

/** The launch's events after `after`, in order, for a client catching up after a reconnect. */
export async function listEvents({
  actor,
  launchId,
  after,
  limit,
}: {
  actor: Actor;
  launchId: string;
  after: number;
  limit: number;
}) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const [rows, launch] = await Promise.all([
    db.auditEvent.findMany({
      where: { launchId, seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: limit,
      include: { actor: { select: { id: true, name: true } } },
    }),
    db.launch.findUniqueOrThrow({ where: { id: launchId }, select: { seq: true } }),
  ]);
  const events = rows.map(eventView);
  const lastReturned = events.at(-1)?.seq ?? after;
  return { events, seq: launch.seq, hasMore: lastReturned < launch.seq };
}
