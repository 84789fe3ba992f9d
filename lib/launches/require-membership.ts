import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type Action } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { lockedLaunch } from "@/lib/realtime/lock-launch";

/**
 * The actor's membership of a launch, checked for one action: 404 when the launch does not exist,
 * 403 when the actor is not a member or their role may not do this.
 */
export async function requireMembership(
  db: Db | Tx,
  launchId: string,
  actor: Actor,
  action: Action,
  options: { write?: boolean } = {},
) {
  // Inside commitChange the launch's lock already read the team: no second round trip.
  const locked = lockedLaunch(db, launchId);
  const launch = locked
    ? { ...locked, memberships: locked.memberships.filter((m) => m.userId === actor.id) }
    : await db.launch.findUnique({
        where: { id: launchId },
        select: {
          id: true,
          archivedAt: true,
          membersUpdateAnyItem: true,
          memberships: { where: { userId: actor.id }, select: { role: true, function: true } },
        },
      });
  if (!launch) throw notFound("Launch");
  const membership = launch.memberships[0];
  if (!membership) throw new AppError("forbidden", "You are not a member of this launch; ask its lead to add you.");
  if (!can(membership.role, action)) {
    throw new AppError("forbidden", `Your role on this launch (${membership.role}) does not allow this.`);
  }
  // An archived launch is read-only; only its lead can unarchive it (updateLaunch checks the rest).
  const writes = options.write ?? action !== "launch.view";
  if (writes && action !== "launch.edit" && launch.archivedAt) {
    throw new AppError("conflict", "This launch is archived; unarchive it before changing it.");
  }
  return { role: membership.role, function: membership.function, membersUpdateAnyItem: launch.membersUpdateAnyItem };
}
