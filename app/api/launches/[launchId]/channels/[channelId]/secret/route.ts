import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { rotateChannelSecret } from "@/lib/outbound/rotate-channel-secret";

export const POST = handleRoute<{ launchId: string; channelId: string }>(async (_request, { launchId, channelId }) => {
  const actor = await requireApiActor();
  return json(await rotateChannelSecret({ actor, launchId, channelId }), 201);
});
