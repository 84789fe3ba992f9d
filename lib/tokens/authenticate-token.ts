import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enforceLimit } from "@/lib/rate-limits/limiters";
import { hashApiToken } from "@/lib/tokens/token-secret";

export type TokenActor = { actor: Actor; scope: "read" | "write"; tokenId: string };

// lastUsedAt is for people reading the token list: minute precision spares a write per request.
const LAST_USED_PRECISION_MS = 60_000;

/** The person (or service account) a Bearer token acts for, or a 401 saying why it does not work. */
export async function authenticateToken(secret: string): Promise<TokenActor> {
  const token = await getDb().apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    include: { user: { select: { id: true, name: true, email: true, isAdmin: true, deactivatedAt: true } } },
  });
  const now = Date.now();
  if (!token) throw new AppError("unauthenticated", "This API token is not valid.");
  if (token.revokedAt) throw new AppError("unauthenticated", "This API token was revoked; create a new one.");
  if (token.expiresAt && token.expiresAt.getTime() <= now)
    throw new AppError("unauthenticated", "This API token has expired; create a new one.");
  if (token.user.deactivatedAt)
    throw new AppError("unauthenticated", "The account this API token belongs to is deactivated.");
  await enforceLimit("apiToken", token.id, "requests with this API token");
  if (!token.lastUsedAt || now - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await getDb().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date(now) } });
  }
  const { deactivatedAt: _deactivated, ...actor } = token.user;
  return { actor, scope: token.scope, tokenId: token.id };
}
