import { parse as parseCookies } from "cookie";
import { getToken } from "next-auth/jwt";
import type { IncomingMessage } from "node:http";
import type { Actor } from "@/lib/auth/actor";
import { cachedActor } from "@/lib/auth/session-cache";

/**
 * The person (and their browser session's id, for sign-out) behind a socket.io handshake, read from the next-auth session cookie, or null.
 * getToken reads `req.cookies`, which a raw Node request lacks, so we hand it the parsed cookies;
 * getToken (unlike decode) also joins next-auth's split `.0`/`.1` cookies.
 */
export async function actorFromHandshake(
  request: IncomingMessage,
): Promise<{ actor: Actor; sessionId?: string } | null> {
  const cookies = parseCookies(request.headers.cookie ?? "");
  const sessionCookies = Object.entries(cookies)
    .filter(([name]) => name.includes("next-auth.session-token"))
    .map(([name, value]) => `${name}=${value}`)
    .sort();
  if (sessionCookies.length === 0) return null;
  // Decoding costs a key derivation and a decryption: a wall of screens (or one person's tabs)
  // reconnecting after a restart presents the same cookie many times, so each is decoded once.
  return cachedActor(`socket:${sessionCookies.join(";")}`, () => decodeHandshake(request, cookies));
}

async function decodeHandshake(request: IncomingMessage, cookies: Record<string, string | undefined>) {
  const secureCookie = Object.keys(cookies).some((name) => name.startsWith("__Secure-next-auth.session-token"));
  const token = await getToken({
    req: { headers: request.headers as Record<string, string>, cookies } as never,
    secret: process.env.NEXTAUTH_SECRET,
    secureCookie,
  });
  if (!token?.sub) return null;
  const actor = { id: token.sub, name: token.name ?? "", email: token.email ?? "", isAdmin: Boolean(token.isAdmin) };
  return { actor, sessionId: typeof token.sid === "string" ? token.sid : undefined };
}
