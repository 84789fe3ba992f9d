import type { Db, Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type Action } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";

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
  const launch = await db.launch.findUnique({
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
  return { ...membership, membersUpdateAnyItem: launch.membersUpdateAnyItem };
}
