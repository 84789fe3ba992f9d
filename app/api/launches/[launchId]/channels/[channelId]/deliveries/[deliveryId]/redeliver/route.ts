import { handleRoute, json } from "@/lib/http/handle-route";
import { requireApiActor } from "@/lib/auth/session";
import { redeliver } from "@/lib/outbound/redeliver";

export const POST = handleRoute<{ launchId: string; channelId: string; deliveryId: string }>(
  async (_request, { launchId, channelId, deliveryId }) => {
    const actor = await requireApiActor();
    return json(await redeliver({ actor, launchId, channelId, deliveryId }), 202);
  },
);
