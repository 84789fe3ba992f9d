import { getToken } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/actor";

export type SessionCookies = Record<string, string | undefined>;

/** The decoded next-auth session: who, which browser session (for sign-out), and when they signed in. */
export type DecodedSession = { actor: Actor; sessionId?: string; signedInAt?: number };

/** The next-auth session cookies among a request's cookies, as one stable string (the decode cache's key). */
export function sessionCookieKey(cookies: SessionCookies): string | null {
  const parts = Object.entries(cookies)
    .filter(([name]) => name.includes("next-auth.session-token"))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  return parts.length > 0 ? parts.join(";") : null;
}

/**
 * Decodes a next-auth session from a request's cookies, the same way for an API request, a page and a
 * socket.io handshake: no dependency on Next's request context, so the custom server can answer hot
 * writes itself. getToken (unlike decode) joins next-auth's split `.0`/`.1` cookies. The fields mirror
 * the session callback in lib/auth/options.ts.
 */
export async function decodeSessionCookies(cookies: SessionCookies): Promise<DecodedSession | null> {
  const secureCookie = Object.keys(cookies).some((name) => name.startsWith("__Secure-next-auth.session-token"));
  const token = await getToken({
    // Only the cookies: an Authorization header is an API token, never a session.
    req: { headers: {}, cookies } as never,
    secret: process.env.NEXTAUTH_SECRET,
    secureCookie,
  });
  if (!token?.sub) return null;
  return {
    actor: { id: token.sub, name: token.name ?? "", email: token.email ?? "", isAdmin: Boolean(token.isAdmin) },
    sessionId: typeof token.sid === "string" ? token.sid : undefined,
    signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined,
  };
}
