import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { RequestOrigin } from "@/lib/http/client-address";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";
import { requireTokenOwner } from "@/lib/tokens/token-owner";
import { tokenSelect } from "@/lib/tokens/token-view";

/** Revokes a token at once: its next request is a 401. Revoking twice is harmless. */
export async function revokeToken({
  actor,
  origin,
  tokenId,
}: {
  actor: Actor;
  origin: RequestOrigin;
  tokenId: string;
}) {
  const token = await getDb().apiToken.findUnique({
    where: { id: tokenId },
    select: { userId: true, revokedAt: true },
  });
  if (!token) throw notFound("Token");
  await requireTokenOwner(actor, token.userId).catch(() => {
    throw notFound("Token"); // someone else's token: do not confirm it exists
  });
  return getDb().$transaction(async (tx) => {
    const revoked = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: token.revokedAt ?? new Date() },
      select: tokenSelect,
    });
    if (!token.revokedAt)
      await recordAccountEvent(
        { userId: token.userId, type: "token.revoked", origin, data: { tokenId, by: actor.id } },
        tx,
      );
    return revoked;
  });
}
