import { parse as parseCookies } from "cookie";
import type { IncomingMessage } from "node:http";
import type { Actor } from "@/lib/auth/actor";
import { cachedActor } from "@/lib/auth/session-cache";
import { decodeSessionCookies, sessionCookieKey } from "@/lib/auth/decode-session-cookies";

/**
 * The person (and their browser session's id, for sign-out) behind a socket.io handshake, read from the
 * next-auth session cookie, or null.
 */
export async function actorFromHandshake(
  request: IncomingMessage,
): Promise<{ actor: Actor; sessionId?: string } | null> {
  const cookies = parseCookies(request.headers.cookie ?? "");
  const key = sessionCookieKey(cookies);
  if (!key) return null;
  // Decoding costs a key derivation and a decryption: a wall of screens (or one person's tabs)
  // reconnecting after a restart presents the same cookie many times, so each is decoded once.
  return cachedActor(`socket:${key}`, async () => {
    const session = await decodeSessionCookies(cookies);
    return session ? { actor: session.actor, sessionId: session.sessionId } : null;
  });
}
