import { parse as parseCookies } from "cookie";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cachedActor } from "@/lib/auth/session-cache";
import { decodeSessionCookies, sessionCookieKey, type SessionCookies } from "@/lib/auth/decode-session-cookies";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { accountState } from "@/lib/auth/account-state";
import { currentRequestAuth } from "@/lib/auth/request-auth";

/**
 * The person behind this request: an API token's owner (see handleRoute), or the session's. Every
 * request re-checks the account, so deactivating it or changing its password ends its sessions.
 */
export async function getActor(): Promise<Actor | null> {
  const requestAuth = currentRequestAuth();
  if (requestAuth?.token) return requestAuth.token.actor;
  // An API request's cookies come from its own headers (handleRoute), so the custom server can answer a
  // request without Next; a page's from Next's request context.
  const jar: SessionCookies = requestAuth
    ? parseCookies(requestAuth.cookieHeader ?? "")
    : Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
  // The session cookie (possibly split in .0/.1 parts) is the cache key of the (costly) JWT decode.
  const key = sessionCookieKey(jar);
  if (!key) return null;
  const session = await cachedActor(key, async () => {
    const decoded = await decodeSessionCookies(jar);
    return decoded ? { ...decoded.actor, issuedAt: decoded.signedInAt } : null;
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
