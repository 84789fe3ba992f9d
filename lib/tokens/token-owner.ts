import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Whose tokens may `actor` manage? Their own; an instance admin also a service account's.
 * Returns the owner's id.
 */
export async function requireTokenOwner(actor: Actor, userId: string | undefined): Promise<string> {
  if (!userId || userId === actor.id) return actor.id;
  const [me, owner] = await Promise.all([
    getDb().user.findUnique({ where: { id: actor.id }, select: { isAdmin: true } }),
    getDb().user.findUnique({ where: { id: userId }, select: { isServiceAccount: true } }),
  ]);
  if (!owner) throw notFound("Account");
  if (!me?.isAdmin || !owner.isServiceAccount) {
    throw new AppError(
      "forbidden",
      "You can manage your own tokens; only an instance admin manages a service account's.",
    );
  }
  return userId;
}
