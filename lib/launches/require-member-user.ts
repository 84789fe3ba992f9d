import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Items can only be owned by people on the launch. */
export async function requireMemberUser(tx: Tx, launchId: string, userId: string) {
  const membership = await tx.membership.findUnique({
    where: { launchId_userId: { launchId, userId } },
    select: { user: { select: { id: true, name: true } } },
  });
  if (!membership) {
    throw new AppError("invalid", "The owner must be a member of this launch; add them to the team first.", {
      fields: { ownerId: ["Not a member of this launch."] },
    });
  }
  return membership.user;
}
