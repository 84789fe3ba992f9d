import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { AppError } from "@/lib/errors";

export const joinLaunchInput = z.object({ launchId: z.string().min(1, "launchId is required.") });

/**
 * May the actor follow this launch live? If so, `enter` puts the socket in the launch's room, and only
 * then is the launch's seq read: an event committed meanwhile is either in the room's stream or
 * counted in the returned seq (the client catches up to it), never in neither.
 */
export async function joinLaunch({
  actor,
  launchId,
  enter,
}: {
  actor: Actor;
  launchId: string;
  enter: () => Promise<void> | void;
}): Promise<{ seq: number }> {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  await enter();
  const launch = await db.launch.findUnique({ where: { id: launchId }, select: { seq: true } });
  if (!launch) throw new AppError("not_found", "Launch was not found.");
  return { seq: launch.seq };
}
