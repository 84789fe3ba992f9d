import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Refuses a change that would leave the launch without a lead to run it. */
export async function requireAnotherLead(tx: Tx, launchId: string, leavingUserId: string) {
  const others = await tx.membership.count({ where: { launchId, role: "lead", userId: { not: leavingUserId } } });
  if (others === 0) throw new AppError("conflict", "A launch needs at least one lead: make someone else lead first.");
}
