import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { RequestOrigin } from "@/lib/http/client-address";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";
import { createTokenInput, type CreateTokenInput } from "@/lib/tokens/schemas";
import { hashApiToken, newApiTokenSecret } from "@/lib/tokens/token-secret";
import { requireTokenOwner } from "@/lib/tokens/token-owner";
import { tokenSelect } from "@/lib/tokens/token-view";

/** Creates a named API token; the secret is in this answer only (we keep its hash). */
export async function createToken({
  actor,
  origin,
  ...input
}: { actor: Actor; origin: RequestOrigin } & CreateTokenInput) {
  const data = createTokenInput.parse(input);
  const userId = await requireTokenOwner(actor, data.userId);
  const secret = newApiTokenSecret();
  const expiresAt = data.expiresInDays ? new Date(Date.now() + data.expiresInDays * 86_400_000) : null;
  const token = await getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        userId,
        name: data.name,
        scope: data.scope,
        tokenHash: hashApiToken(secret),
        prefix: secret.slice(0, 10),
        expiresAt,
      },
      select: tokenSelect,
    });
    await recordAccountEvent(
      {
        userId,
        type: "token.created",
        origin,
        data: { tokenId: created.id, name: data.name, scope: data.scope, by: actor.id },
      },
      tx,
    );
    return created;
  });
  return { ...token, secret };
}
