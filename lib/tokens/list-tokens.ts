import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireTokenOwner } from "@/lib/tokens/token-owner";
import { tokenSelect } from "@/lib/tokens/token-view";

/** The tokens of `actor` (or of a service account, for an admin), newest first, revoked ones included. */
export async function listTokens({ actor, userId }: { actor: Actor; userId?: string }) {
  const owner = await requireTokenOwner(actor, userId);
  return getDb().apiToken.findMany({ where: { userId: owner }, select: tokenSelect, orderBy: { createdAt: "desc" } });
}
