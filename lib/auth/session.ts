import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cachedActor } from "@/lib/auth/session-cache";
import { authOptions } from "@/lib/auth/options";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { accountState } from "@/lib/auth/account-state";
import { currentRequestAuth } from "@/lib/auth/request-auth";

/**
 * The person behind this request: an API token's owner (see handleRoute), or the session's. Every
 * request re-checks the account, so deactivating it or changing its password ends its sessions.
 */
export async function getActor(): Promise<Actor | null> {
  const token = currentRequestAuth()?.token;
  if (token) return token.actor;
  // The session cookie (possibly split in .0/.1 parts) is the cache key of the (costly) JWT decode.
  const sessionCookies = (await cookies())
    .getAll()
    .filter((cookie) => cookie.name.includes("next-auth.session-token"))
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .sort();
  if (sessionCookies.length === 0) return null;
  const session = await cachedActor(sessionCookies.join(";"), async () => {
    const decoded = await getServerSession(authOptions);
    return decoded?.user?.id ? { ...decoded.user, issuedAt: decoded.issuedAt } : null;
  });
  if (!session) return null;
  // The account itself is re-checked on every request (from a state at most 2 s old, forgotten at once
  // when it changes here): deactivating it or changing its password ends its sessions.
  const account = await accountState(session.id);
  if (!account || account.deactivatedAt) return null;
  const issuedAt = Number(session.issuedAt ?? 0) * 1000;
  if (account.passwordChangedAt && issuedAt < account.passwordChangedAt.getTime()) return null;
  const { issuedAt: _issuedAt, ...actor } = session;
  return { ...actor, isAdmin: account.isAdmin };
}

/** For route handlers: the signed-in person, or a 401. */
export async function requireApiActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in first: this request has no valid session.");
  return actor;
}

/** The request's client address and user agent, for audit events (set by handleRoute). */
export function currentOrigin() {
  return currentRequestAuth()?.origin ?? { ip: "unknown", userAgent: "" };
}

/** For account and token management: a signed-in person, not a token (a token cannot mint tokens). */
export async function requireSessionActor(): Promise<Actor> {
  if (currentRequestAuth()?.token)
    throw new AppError("forbidden", "Manage tokens and accounts from a signed-in session, not with an API token.");
  return requireApiActor();
}

/** For pages: the signed-in person, or a redirect to the sign-in page that comes back here. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
