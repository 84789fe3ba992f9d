import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RequestOrigin } from "@/lib/http/client-address";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordInput } from "@/lib/accounts/schemas";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";
import { disconnectUser } from "@/lib/realtime/disconnect-user";

/** Changes one's own password. Every session signed in before (this one too) ends: sign in again. */
export async function changePassword({
  actor,
  origin,
  ...input
}: {
  actor: Actor;
  origin: RequestOrigin;
  currentPassword: string;
  newPassword: string;
}) {
  const data = changePasswordInput.parse(input);
  const user = await getDb().user.findUnique({
    where: { id: actor.id },
    select: { passwordHash: true, isServiceAccount: true },
  });
  if (!user || user.isServiceAccount) throw new AppError("forbidden", "This account has no password.");
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new AppError("invalid", "Your current password is not right.", {
      fields: { currentPassword: ["Your current password is not right."] },
    });
  }
  await setPassword(actor.id, data.newPassword, origin, "password.changed", actor.id);
  return { changed: true };
}

export async function setPassword(
  userId: string,
  password: string,
  origin: RequestOrigin,
  type: "password.changed" | "password.reset",
  by: string,
) {
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx) => {
    // A second later than now: sessions are stamped in whole seconds, and one signed in this very
    // second must end too.
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: new Date(Date.now() + 1000) },
    });
    await recordAccountEvent({ userId, type, origin, data: { by } }, tx);
  });
  disconnectUser(userId);
}
