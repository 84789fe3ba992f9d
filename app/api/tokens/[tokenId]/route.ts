import { handleRoute, json } from "@/lib/http/handle-route";
import { currentOrigin, requireSessionActor } from "@/lib/auth/session";
import { revokeToken } from "@/lib/tokens/revoke-token";

export const DELETE = handleRoute<{ tokenId: string }>(async (_request, { tokenId }) => {
  const actor = await requireSessionActor();
  return json(await revokeToken({ actor, origin: currentOrigin(), tokenId }));
});
