import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { signInInput } from "@/lib/auth/schemas";
import type { Actor } from "@/lib/auth/actor";
import type { RequestOrigin } from "@/lib/http/client-address";
import { consume, resetLimit, secondsBlocked } from "@/lib/rate-limits/limiters";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";
import { getInstanceSettings } from "@/lib/accounts/instance-settings";

// A bcrypt hash (same cost as real ones) that no password matches: unknown emails are checked against
// it, so a sign-in takes as long whether or not the account exists (no enumeration by timing).
const DUMMY_HASH = "$2b$10$0.FTupOf7jC/WuTDZzCMgOYGUmTM9CLOo0O7eIM4I4JPTcVS7lAS6";

/**
 * Checks an email and password; returns the person, or null for any mismatch (never says which).
 * Each failure counts against the account and the client address (see signInWaitSeconds).
 */
export async function signIn(credentials: unknown, origin: RequestOrigin): Promise<Actor | null> {
  const parsed = signInInput.safeParse(credentials);
  if (!parsed.success) return null;
  // An admin turned password sign-in off: single sign-on only.
  if (!(await getInstanceSettings()).passwordSignIn) return null;
  const { email, password } = parsed.data;
  const user = await getDb().user.findUnique({ where: { email } });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || user.deactivatedAt || user.isServiceAccount) {
    await Promise.all([consume("signInAccount", email), consume("signInAddress", origin.ip)]);
    await recordAccountEvent({ userId: user?.id ?? null, type: "sign_in.failed", origin, data: { email } });
    return null;
  }
  await resetLimit("signInAccount", email);
  await recordAccountEvent({ userId: user.id, type: "sign_in", origin });
  return { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin };
}

/** Seconds before this account or address may try again after too many failures; 0 when it may. */
export async function signInWaitSeconds(email: string, origin: RequestOrigin): Promise<number> {
  const [account, address] = await Promise.all([
    secondsBlocked("signInAccount", email.trim().toLowerCase()),
    secondsBlocked("signInAddress", origin.ip),
  ]);
  return Math.max(account, address);
}
