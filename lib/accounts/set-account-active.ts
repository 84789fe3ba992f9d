import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { RequestOrigin } from "@/lib/http/client-address";
import { requireAdmin } from "@/lib/accounts/create-account";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";
import { disconnectUser } from "@/lib/realtime/disconnect-user";
import { forgetAccount } from "@/lib/auth/account-state";

/**
 * Deactivates (or reactivates) an account (instance admins). Deactivated, its sessions, tokens and
 * open sockets stop working at once: every request re-checks the account, and its sockets are closed.
 */
export async function setAccountActive({
  actor,
  origin,
  userId,
  active,
}: {
  actor: Actor;
  origin: RequestOrigin;
  userId: string;
  active: boolean;
}) {
  await requireAdmin(actor);
  if (userId === actor.id && !active)
    throw new AppError("invalid", "You cannot deactivate your own account; ask another admin.");
  const existing = await getDb().user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!existing) throw notFound("Account");
  const user = await getDb().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { deactivatedAt: active ? null : new Date() },
      select: { id: true, name: true, email: true, deactivatedAt: true },
    });
    await recordAccountEvent(
      { userId, type: active ? "account.reactivated" : "account.deactivated", origin, data: { by: actor.id } },
      tx,
    );
    return updated;
  });
  if (!active) disconnectUser(userId);
  else forgetAccount(userId);
  return user;
}
