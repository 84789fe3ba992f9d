import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type LaunchSummary = Awaited<ReturnType<typeof listLaunches>>[number];

/** The launches the actor is a member of, soonest go-live first. */
export async function listLaunches({ actor }: { actor: Actor }) {
  const memberships = await getDb().membership.findMany({
    where: { userId: actor.id },
    include: { launch: { include: { _count: { select: { items: true } } } } },
  });
  const doneCounts = await getDb().checklistItem.groupBy({
    by: ["launchId"],
    where: { launchId: { in: memberships.map((m) => m.launchId) }, status: "done" },
    _count: { _all: true },
  });
  const done = new Map(doneCounts.map((row) => [row.launchId, row._count._all]));
  return memberships
    .map(({ launch, role }) => ({
      id: launch.id,
      name: launch.name,
      system: launch.system,
      goLiveAt: launch.goLiveAt?.toISOString() ?? null,
      role,
      items: launch._count.items,
      itemsDone: done.get(launch.id) ?? 0,
    }))
    .sort((a, b) => (a.goLiveAt ?? "9999").localeCompare(b.goLiveAt ?? "9999") || a.name.localeCompare(b.name));
}
