import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import type { RequestOrigin } from "@/lib/http/client-address";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";

/**
 * A single sign-on: the account with the ID token's email, created on first sign-in (name and email
 * from the token, no usable password). Null for a deactivated or service account, or no email.
 */
export async function provisionOidcAccount(input: {
  email: string | null | undefined;
  name: string | null | undefined;
  origin: RequestOrigin;
}): Promise<Actor | null> {
  const email = input.email?.trim().toLowerCase();
  if (!email) return null;
  const db = getDb();
  const user =
    (await db.user.findUnique({ where: { email } })) ??
    (await db.user
      .create({
        data: {
          email,
          name: input.name?.trim() || email,
          passwordHash: await hashPassword(randomBytes(32).toString("base64url")),
        },
      })
      // Two first sign-ins at once: the other one created it.
      .catch(() => db.user.findUniqueOrThrow({ where: { email } })));
  if (user.deactivatedAt || user.isServiceAccount) {
    await recordAccountEvent({
      userId: user.id,
      type: "sign_in.failed",
      origin: input.origin,
      data: { provider: "oidc" },
    });
    return null;
  }
  await recordAccountEvent({ userId: user.id, type: "sign_in", origin: input.origin, data: { provider: "oidc" } });
  return { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin };
}
