import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { AppError } from "@/lib/errors";

export const joinLaunchInput = z.object({ launchId: z.string().min(1, "launchId is required.") });

/**
 * May the actor follow this launch live? Returns the seq the client should compare with its own, so
 * it knows whether to catch up.
 */
export async function joinLaunch({ actor, launchId }: { actor: Actor; launchId: string }): Promise<{ seq: number }> {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const launch = await db.launch.findUnique({ where: { id: launchId }, select: { seq: true } });
  if (!launch) throw new AppError("not_found", "Launch was not found.");
  return { seq: launch.seq };
}
