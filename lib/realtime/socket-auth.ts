import { parse as parseCookies } from "cookie";
import { getToken } from "next-auth/jwt";
import type { IncomingMessage } from "node:http";
import type { Actor } from "@/lib/auth/actor";

/**
 * The person (and their browser session's id, for sign-out) behind a socket.io handshake, read from the next-auth session cookie, or null.
 * getToken reads `req.cookies`, which a raw Node request lacks, so we hand it the parsed cookies;
 * getToken (unlike decode) also joins next-auth's split `.0`/`.1` cookies.
 */
export async function actorFromHandshake(
  request: IncomingMessage,
): Promise<{ actor: Actor; sessionId?: string } | null> {
  const cookies = parseCookies(request.headers.cookie ?? "");
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
