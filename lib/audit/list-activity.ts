import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { eventView } from "@/lib/audit/event-view";
import type { ActivityQuery } from "@/lib/audit/schemas";

/** The launch's activity feed, newest first, filterable by person, section and type; page with `before`. */
export async function listActivity({
  actor,
  launchId,
  actorId,
  sectionId,
  type,
  before,
  limit,
}: { actor: Actor; launchId: string } & ActivityQuery) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const rows = await db.auditEvent.findMany({
    where: {
      launchId,
      ...(actorId && { actorId }),
      ...(before && { seq: { lt: before } }),
      ...(type && (type.includes(".") ? { type } : { type: { startsWith: `${type}.` } })),
      ...(sectionId && { data: { path: ["sectionId"], equals: sectionId } }),
    },
    orderBy: { seq: "desc" },
    take: limit,
    include: { actor: { select: { id: true, name: true } }, token: { select: { id: true, name: true } } },
  });
  // Where each change came from (address, user agent, API token), for the activity detail; not sent live.
  return {
    events: rows.map((row) => ({
      ...eventView(row),
      ...(row.ip && { origin: { ip: row.ip, userAgent: row.userAgent ?? "" } }),
      ...(row.token && { token: row.token }),
    })),
  };
}
