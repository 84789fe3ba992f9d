import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type LaunchSummary = Awaited<ReturnType<typeof listLaunches>>[number];

/** The launches the actor is a member of (rehearsals and archived ones flagged), soonest go-live first. */
export async function listLaunches({ actor }: { actor: Actor }) {
  const db = getDb();
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    include: { launch: true },
  });
  const launchIds = memberships.map((m) => m.launchId);
  const counts = await db.checklistItem.groupBy({
    by: ["launchId", "status"],
    where: {
      launchId: { in: launchIds },
      deletedAt: null,
      section: { deletedAt: null },
      children: { none: { deletedAt: null } },
    },
    _count: { _all: true },
  });
  const tally = (launchId: string, statuses?: string[]) =>
    counts
      .filter((row) => row.launchId === launchId && (!statuses || statuses.includes(row.status)))
      .reduce((sum, row) => sum + row._count._all, 0);
  return memberships
    .map(({ launch, role }) => ({
      id: launch.id,
      name: launch.name,
      system: launch.system,
      status: launch.status,
      goLiveAt: launch.goLiveAt?.toISOString() ?? null,
      timezone: launch.timezone,
      isRehearsal: launch.isRehearsal,
      archivedAt: launch.archivedAt?.toISOString() ?? null,
      role,
      // Leaf items only: a parent is the sum of its children, not one more thing to do.
      items: tally(launch.id),
      itemsDone: tally(launch.id, ["done", "not_applicable"]),
      itemsBlocked: tally(launch.id, ["blocked"]),
    }))
    .sort((a, b) => (a.goLiveAt ?? "9999").localeCompare(b.goLiveAt ?? "9999") || a.name.localeCompare(b.name));
}
