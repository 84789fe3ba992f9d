import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { createLaunch } from "@/lib/launches/create-launch";
import { launchToPlan } from "@/lib/plans/launch-to-plan";
import { toDate } from "@/lib/validation";
import { linkRehearsals } from "@/lib/timeline/link-rehearsals";

/**
 * Copies a launch (typically a rehearsal) into a new one: same fields, team and plan, progress reset,
 * dates shifted to the new go-live. The new launch remembers where it came from.
 */
export async function cloneLaunch({
  actor,
  launchId,
  name,
  goLiveAt,
  isRehearsal = false,
}: {
  actor: Actor;
  launchId: string;
  name?: string;
  goLiveAt?: string | null;
  isRehearsal?: boolean;
}) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.edit");
  const source = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    include: { memberships: { select: { userId: true, role: true, function: true } } },
  });
  const plan = await launchToPlan(db, launchId, { keepProgress: false, keepOwners: true });
  const newGoLive = goLiveAt === undefined ? source.goLiveAt : toDate(goLiveAt);
  const shift = (date: Date | null) =>
    date && source.goLiveAt && newGoLive
      ? new Date(date.getTime() + newGoLive.getTime() - source.goLiveAt.getTime())
      : date;
  const iso = (date: Date | null) => date?.toISOString() ?? null;

  const created = await createLaunch({
    actor,
    name:
      name ??
      (source.isRehearsal
        ? source.name.replace(/\s*\(?rehearsal\)?\s*$/i, "") || source.name
        : `${source.name} (copy)`),
    system: source.system,
    description: source.description,
    timezone: source.timezone,
    goLiveAt: iso(newGoLive),
    windowStart: iso(shift(source.windowStart)),
    windowEnd: iso(shift(source.windowEnd)),
    isRehearsal,
    membersUpdateAnyItem: source.membersUpdateAnyItem,
    plan,
    team: source.memberships,
    source: "clone",
    clonedFromId: source.id,
  });
  // A live launch cloned from a rehearsal carries what the rehearsal measured, for its calibrated forecast.
  if (source.isRehearsal && !isRehearsal)
    await linkRehearsals({ actor, launchId: created.id, rehearsalIds: [source.id] });
  return created;
}
