import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { RequestOrigin } from "@/lib/http/client-address";
import { requireAdmin } from "@/lib/accounts/create-account";
import { resetPasswordInput } from "@/lib/accounts/schemas";
import { setPassword } from "@/lib/accounts/change-password";

/** An admin sets a new password for someone (who forgot theirs); their sessions end. */
export async function resetPassword({
  actor,
  origin,
  userId,
  ...input
}: {
  actor: Actor;
  origin: RequestOrigin;
  userId: string;
  password: string;
}) {
  await requireAdmin(actor);
  const data = resetPasswordInput.parse(input);
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { isServiceAccount: true } });
  if (!user) throw notFound("Account");
  if (user.isServiceAccount) throw new AppError("invalid", "A service account has no password; it uses API tokens.");
  await setPassword(userId, data.password, origin, "password.reset", actor.id);
  return { reset: true };
}
